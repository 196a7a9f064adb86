import { analyze, erlangC } from '../src/models/index.js';
import type { BenchCase } from './BenchCase.js';

/** Cycles through slightly different inputs so no call can be folded into a constant. */
function cycle<T>(inputs: T[], call: (input: T) => unknown): () => unknown {
  let i = 0;
  return () => call(inputs[i++ % inputs.length] as T);
}

const erlangCAt = (n: number, rho: number) =>
  cycle(
    Array.from({ length: 64 }, (_, k) => rho * n * (1 + k * 1e-9)),
    (a) => erlangC(n, a),
  );

const erlangAAt = (n: number) =>
  cycle(
    Array.from({ length: 64 }, (_, k) => ({
      arrivalRate: (0.95 * n * (1 + k * 1e-9)) / 180,
      handleTime: 180,
      agents: n,
      patience: 300,
    })),
    (q) => analyze(q, { answerTime: 20 }),
  );

export const cases: BenchCase[] = [
  { name: 'erlangC n=10 ρ=0.95', target: '≤ 0.25 µs', fn: erlangCAt(10, 0.95) },
  { name: 'erlangC n=100 ρ=0.95', target: '≤ 0.25 µs', fn: erlangCAt(100, 0.95) },
  { name: 'erlangC n=10^4 ρ=0.95', target: '≤ 5 µs', fn: erlangCAt(10_000, 0.95) },
  { name: 'erlangC n=10^6 ρ=0.95', target: '≤ 20 µs', fn: erlangCAt(1_000_000, 0.95) },
  { name: 'analyze Erlang A n=1000 ρ=0.95 AHT 180 s patience 300 s t=20 s', target: '≤ 20 µs', fn: erlangAAt(1000) },
  { name: 'analyze Erlang A n=10^5 ρ=0.95 AHT 180 s patience 300 s t=20 s', target: '≤ 100 µs', fn: erlangAAt(100_000) },
];
