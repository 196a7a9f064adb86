// In-process figures for the CLI's own work on a week forecast (672 rows of 15 minutes): reading
// the CSV, planning it, and writing CSV, table and chart. The wall time of the whole command,
// Node start-up included, is measured by bench/cli-plan.ts.

import { planForecast } from '../src/cli/engine/planForecast.js';
import { chartPoints, planCsv, planTable } from '../src/cli/output/planOutput.js';
import { renderChart } from '../src/cli/output/renderChart.js';
import { readForecast } from '../src/cli/readers/readForecast.js';
import type { BenchCase } from './BenchCase.js';

const lines = ['start,calls,aht,patience'];
const t0 = Date.UTC(2024, 0, 1) / 1000;
for (let i = 0; i < 672; i++) {
  const hour = (i % 96) / 4;
  const calls = Math.round(8 + 160 * Math.exp(-((hour - 10.5) ** 2) / 6) + 120 * Math.exp(-((hour - 15) ** 2) / 8));
  lines.push(`${new Date((t0 + i * 900) * 1000).toISOString().slice(0, 16)},${calls},${250 + (i % 40)},${150 + (i % 60)}`);
}
const text = `${lines.join('\n')}\n`;
const forecast = readForecast('week.csv', text);
const target = { serviceLevel: 0.8, answerTime: 20 };
const settings = { shrinkage: 0.3, availability: 1, method: 'sipp' as const, concurrency: 2, fractionalTolerance: 5e-5, shift: 8 * 3600 };
const plan = planForecast(forecast, target, settings);

export const cases: BenchCase[] = [
  { name: 'cli readForecast 672 rows', target: '—', fn: () => readForecast('week.csv', text).rows.length },
  {
    name: 'cli planForecast 672 rows (SIPP, Erlang A, 80/20)',
    target: '—',
    fn: () => planForecast(forecast, target, settings).totals.calls,
  },
  { name: 'cli plan table + CSV 672 rows', target: '—', fn: () => planTable(plan).length + planCsv(plan).length },
  { name: 'cli renderChart 672 rows', target: '—', fn: () => renderChart(chartPoints(plan)).length },
  {
    name: 'cli whole plan in process 672 rows (read, plan, table)',
    target: '≤ 300 ms incl. node start-up (bench/cli-plan.ts)',
    fn: () => planTable(planForecast(readForecast('week.csv', text), target, settings)).length,
  },
];
