// `npm run bench` (vitest bench) over every bench/*.cases.ts; `npm run bench:table` prints the
// issues' figures as one table instead.
import { bench, describe } from 'vitest';
import type { BenchCase } from './BenchCase.js';

const modules = import.meta.glob<{ cases: BenchCase[] }>('./*.cases.ts', { eager: true });
for (const [file, { cases }] of Object.entries(modules)) {
  describe(file, () => {
    for (const c of cases) bench(`${c.name} (target ${c.target})`, () => void c.fn());
  });
}
