/**
 * The scheduling benchmark's week, shared by bench/schedule.ts and the tests: 7 days of 96
 * fifteen-minute intervals (centre open 06:00–24:00, lighter weekends), staffed by `staffingPlan`
 * for 80/20 with 30% shrinkage, and 30 shift templates (4, 6, 8, 9 and 10 hours, six start
 * windows each, every 15 minutes; shifts of 6 hours and more take paid 15-minute breaks and, from 8 hours, an unpaid
 * 30-minute lunch in a window).
 */
import { type DemandInterval, type ShiftTemplate, staffingPlan } from '../src/index.js';

const HOUR = 3600;

/** The week's demand (required people per interval, with the queue of each interval). */
export function weekDemand(scale = 1): DemandInterval[] {
  const out: DemandInterval[] = [];
  for (let day = 0; day < 7; day++) {
    const weekend = day >= 5 ? 0.55 : 1 - 0.04 * day;
    const intervals = Array.from({ length: 96 }, (_, i) => {
      const hour = i / 4;
      const open = hour >= 6 && hour < 24;
      const shape = open ? Math.exp(-((hour - 11) ** 2) / 8) + 0.8 * Math.exp(-((hour - 16) ** 2) / 10) + 0.15 : 0;
      return {
        start: day * 86_400 + i * 900,
        length: 900,
        calls: Math.round(scale * 160 * weekend * shape),
        handleTime: 240,
        patience: 180,
      };
    });
    const plan = staffingPlan(intervals, { serviceLevel: 0.8, answerTime: 20 }, { shrinkage: 0.3 });
    plan.intervals.forEach((p, i) => {
      const q = intervals[i] as (typeof intervals)[number];
      out.push({
        start: q.start,
        length: 900,
        required: p.scheduledAgents,
        calls: q.calls,
        handleTime: q.handleTime,
        patience: q.patience,
      });
    });
  }
  return out;
}

/** Thirty templates: five lengths × six start windows, every 15 minutes, spread over 06:00–24:00. */
export function weekTemplates(): ShiftTemplate[] {
  const out: ShiftTemplate[] = [];
  for (const hours of [4, 6, 8, 9, 10]) {
    const spread = (18 - hours) / 6; // hours between windows: starts from 06:00 to (24 − length)
    for (let w = 0; w < 6; w++) {
      const earliestStart = Math.round((6 + w * spread) * 4) * 900;
      const latestStart = Math.min(earliestStart + Math.round(Math.max(spread, 1) * 4) * 900, (24 - hours) * HOUR);
      const length = hours * HOUR;
      const breaks = [];
      if (hours >= 6) breaks.push({ length: 900, earliest: 1.5 * HOUR, latest: 2.5 * HOUR, paid: true });
      if (hours >= 8) breaks.push({ length: 1800, earliest: 3.5 * HOUR, latest: 5 * HOUR, paid: false });
      if (hours >= 6) breaks.push({ length: 900, earliest: length - 2.5 * HOUR, latest: length - 1.5 * HOUR, paid: true });
      out.push({ name: `${hours}h-${w}`, length, earliestStart, latestStart, startStep: 900, breaks });
    }
  }
  return out;
}
