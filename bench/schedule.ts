/**
 * Scheduling benchmark: a week of 96 intervals per day and 30 shift templates
 * (bench/scheduleWeek.ts). Prints, for each objective, wall time, paid hours, the LP lower bound
 * (for service-level: the cover LP's bound, which its schedule may go below) and the gap, and the
 * intervals left short. Run: `npm run bench:schedule`.
 */
import { scheduleShifts } from '../src/index.js';
import { weekDemand, weekTemplates } from './scheduleWeek.js';

const demand = weekDemand();
const templates = weekTemplates();
const json = process.argv.includes('--json');
const rows: Record<string, unknown>[] = [];
for (const objective of ['cover', 'difference', 'service-level'] as const) {
  const times: number[] = [];
  let last;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    last = scheduleShifts(demand, templates, { objective, target: { serviceLevel: 0.8, answerTime: 20 }, shrinkage: 0.3 });
    times.push(performance.now() - t0);
  }
  const s = last as NonNullable<typeof last>;
  const t = s.totals;
  rows.push({
    objective,
    intervals: demand.length,
    templates: templates.length,
    'median ms': Math.round(times.sort((a, b) => a - b)[1] as number),
    people: t.people,
    'paid hours': Number(t.paidHours.toFixed(2)),
    'lower bound': Number(t.lowerBound.toFixed(2)),
    'vs lower bound %': objective === 'difference' ? '' : Number(((100 * (t.cost - t.lowerBound)) / t.lowerBound).toFixed(2)),
    'Σ|diff|': t.under + t.over,
    'short intervals': t.shortIntervals,
    'service level': t.serviceLevel === undefined ? '' : Number(t.serviceLevel.toFixed(4)),
    'LP optimal': s.lpOptimal,
  });
}
if (json) console.log(JSON.stringify(rows, null, 2));
else console.table(rows);
