import type { PlanRow } from './PlanRow.js';

/**
 * Totals over a plan of every channel (the JSON `totals` of `queuecast plan`); one channel's
 * staffing plan has the library's `PlanTotals`.
 */
export interface ForecastPlanTotals {
  intervals: number;
  calls: number;
  /** Σ required × length, hours. */
  requiredHours: number;
  /** Σ scheduled × length, hours. */
  scheduledHours: number;
  /** Full-time equivalents: scheduledHours over the paid hours of one shift. */
  fte: number;
  /** Peak scheduled agents (all channels at the same start summed) and where. */
  peak: { start: string; scheduled: number; required: number };
  /** Service level weighted by calls (voice and chat). */
  serviceLevel: number;
  /** Abandonment weighted by calls (voice and chat). */
  probAbandon: number;
  /** ASA weighted by answered calls, seconds. */
  asa: number;
}

/** Totals of a plan: hours, FTE of `shift` seconds, the peak, and call-weighted service level, abandonment and ASA. */
export function forecastPlanTotals(rows: readonly PlanRow[], shift: number): ForecastPlanTotals {
  let calls = 0;
  let requiredHours = 0;
  let scheduledHours = 0;
  let sl = 0;
  let abandonSum = 0;
  let asaSum = 0;
  let answered = 0;
  let queued = 0;
  const byStart = new Map<number, { start: string; scheduled: number; required: number }>();
  for (const r of rows) {
    calls += r.calls;
    requiredHours += (r.required * r.length) / 3600;
    scheduledHours += (r.scheduled * r.length) / 3600;
    const at = byStart.get(r.startSeconds);
    if (at === undefined) byStart.set(r.startSeconds, { start: r.start, scheduled: r.scheduled, required: r.required });
    else {
      at.scheduled += r.scheduled;
      at.required += r.required;
    }
    if (r.channel === 'email') continue;
    queued += r.calls;
    sl += r.serviceLevel * r.calls;
    abandonSum += r.probAbandon * r.calls;
    const answeredCalls = r.calls * (1 - r.probAbandon);
    if (Number.isFinite(r.asa) && answeredCalls > 0) {
      asaSum += r.asa * answeredCalls;
      answered += answeredCalls;
    }
  }
  let peak = { start: rows[0]?.start ?? '', scheduled: -1, required: 0 };
  for (const p of byStart.values()) if (p.scheduled > peak.scheduled) peak = p;
  return {
    intervals: rows.length,
    calls,
    requiredHours,
    scheduledHours,
    fte: (scheduledHours * 3600) / shift,
    peak,
    serviceLevel: queued > 0 ? sl / queued : 1,
    probAbandon: queued > 0 ? abandonSum / queued : 0,
    asa: answered > 0 ? asaSum / answered : 0,
  };
}
