// `npm run bench` (vitest bench) over every area's cases; `npm run bench:table` prints the issues'
// figures as one table instead (one process per case, after a warm-up).
import { bench, describe } from 'vitest';
import type { BenchCase } from './BenchCase.js';
import { cases as cli } from './cli.cases.js';
import { cases as models } from './models.cases.js';
import { cases as realtime } from './realtime.cases.js';
import { cases as sim } from './sim.cases.js';
import { cases as staffing } from './staffing.cases.js';

const areas: Record<string, BenchCase[]> = { models, staffing, realtime, sim, cli };
for (const [area, cases] of Object.entries(areas)) {
  describe(area, () => {
    for (const c of cases) bench(`${c.name} (target ${c.target})`, () => void c.fn());
  });
}
