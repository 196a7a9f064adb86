/**
 * Whole-double-range properties of every export of math, models and staffing. Not a test file:
 * `wholeRange.test.ts` runs each property in a child process with a deadline, so a hang is
 * reported as a failure (with the input being tried) instead of freezing the run. Each call must
 * return a value within its range or throw a QueueInputError; nothing else.
 */
import { writeSync } from 'node:fs';
import fc from 'fast-check';
import * as q from '../../src/index.js';

/** Every kind of double: NaN, ±∞, ±0, subnormals, 2⁵³ and beyond, 1e308; and realistic values. */
export const anyDouble: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    5e-324,
    1e-300,
    1e-16,
    0.5,
    1,
    2 ** 53,
    2 ** 53 + 2,
    1e15,
    1e16,
    1e300,
    Number.MAX_VALUE,
    Infinity,
    -Infinity,
    Number.NaN,
  ),
  fc.double({ min: 0, max: 1e4, noNaN: true }),
  fc.integer({ min: 0, max: 2000 }),
);
/** Also wrong types, now and then. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: anyDouble, weight: 8 }, { arbitrary: fc.anything(), weight: 1 });
const fraction: fc.Arbitrary<number> = fc.oneof(anyDouble, fc.double({ min: 0, max: 1, noNaN: true }));
const queue = fc.record({
  arrivalRate: anyDouble,
  handleTime: anyDouble,
  agents: anyDouble,
  patience: fc.option(anyDouble, { nil: undefined }),
});
const demand = fc.record({ arrivalRate: anyDouble, handleTime: anyDouble, patience: fc.option(anyDouble, { nil: undefined }) });
const target = fc.record(
  { serviceLevel: fraction, answerTime: anyDouble, asa: anyDouble, maxAbandon: fraction, maxOccupancy: fraction, maxProbWait: fraction },
  { requiredKeys: [] },
);
const options = fc.oneof(fc.constant(undefined), fc.constant(null), anyDouble, fc.record({ answerTime: anyDouble }, { requiredKeys: [] }));

/** Announces the input about to be tried (on stderr: the parent shows the last one on a hang). */
function announce(name: string, input: unknown): void {
  writeSync(2, `${name} ${JSON.stringify(input, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}\n`);
}

/** Runs fn: a QueueInputError is an answer; any other exception fails the property. */
function guarded<T>(fn: () => T, check: (r: T) => void): void {
  let r: T;
  try {
    r = fn();
  } catch (e) {
    if (e instanceof q.QueueInputError) return;
    throw e;
  }
  check(r);
}

function probability(name: string, v: unknown): void {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new Error(`${name} = ${v}: not a probability in [0, 1]`);
}
function notNaN(name: string, v: unknown): void {
  if (typeof v !== 'number' || Number.isNaN(v)) throw new Error(`${name} = ${v}: NaN or not a number`);
}
function nonNegativeOrInfinite(name: string, v: unknown): void {
  notNaN(name, v);
  if (!((v as number) >= 0)) throw new Error(`${name} = ${v}: negative`);
}

function checkMetrics(m: q.QueueMetrics): void {
  for (const k of ['probWait', 'probAbandon', 'occupancy'] as const) probability(k, m[k]);
  for (const k of ['serviceLevel', 'offeredServiceLevel', 'serviceLevelOfAnswered', 'serviceLevelExcludingShortAbandons'] as const) {
    if (m[k] !== undefined) probability(k, m[k]);
  }
  for (const k of ['meanWait', 'asa', 'meanQueueLength'] as const) nonNegativeOrInfinite(k, m[k]);
}

type Property = () => void;

function prop<A extends unknown[]>(
  name: string,
  arbs: { [K in keyof A]: fc.Arbitrary<A[K]> },
  body: (...args: A) => void,
  numRuns = 300,
): [string, Property] {
  return [
    name,
    () =>
      fc.assert(
        fc.property(...(arbs as unknown as [fc.Arbitrary<unknown>]), (...args: unknown[]) => {
          announce(name, args);
          body(...(args as A));
        }),
        { numRuns, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
      ),
  ];
}

const realisticQueue = fc.record({
  arrivalRate: fc.double({ min: 1e-3, max: 50, noNaN: true }),
  handleTime: fc.double({ min: 10, max: 900, noNaN: true }),
  agents: fc.integer({ min: 1, max: 2000 }),
  answerTime: fc.double({ min: 0, max: 120, noNaN: true }),
});

/** The properties, by name. */
export const properties: Record<string, Property> = Object.fromEntries([
  prop('special functions', [anyValue, anyValue], (a, b) => {
    guarded(
      () => q.gammaP(a as number, b as number),
      (v) => probability('gammaP', v),
    );
    guarded(
      () => q.gammaQ(a as number, b as number),
      (v) => probability('gammaQ', v),
    );
    guarded(
      () => q.logGamma(a as number),
      (v) => notNaN('logGamma', v),
    );
    guarded(
      () => q.erfc(a as number),
      (v) => {
        notNaN('erfc', v);
        if (!(v >= 0 && v <= 2)) throw new Error(`erfc = ${v}`);
      },
    );
    guarded(
      () => q.normalCdf(a as number),
      (v) => probability('normalCdf', v),
    );
  }),
  prop('erlangB, erlangC, ratePerSecond', [anyValue, anyValue], (a, b) => {
    guarded(
      () => q.erlangB(a as number, b as number),
      (v) => probability('erlangB', v),
    );
    guarded(
      () => q.erlangC(a as number, b as number),
      (v) => probability('erlangC', v),
    );
    guarded(
      () => q.ratePerSecond(a as number, b as number),
      (v) => nonNegativeOrInfinite('ratePerSecond', v),
    );
  }),
  prop('analyze, serviceLevel, waitQuantile', [queue, options, anyValue], (qu, o, p) => {
    guarded(() => q.analyze(qu as never, o as never), checkMetrics);
    guarded(
      () => q.serviceLevel(qu as never, p as number),
      (v) => probability('serviceLevel', v),
    );
    guarded(
      () => q.waitQuantile(qu as never, p as number),
      (v) => nonNegativeOrInfinite('waitQuantile', v),
    );
  }),
  prop(
    'requiredAgents',
    [demand, target, fc.option(fc.record({ maxAgents: anyDouble }, { requiredKeys: [] }), { nil: undefined })],
    (d, t, o) => {
      guarded(
        () => q.requiredAgents(d as never, t, o as never),
        (r) => {
          nonNegativeOrInfinite('agents', r.agents);
          notNaN('fractionalAgents', r.fractionalAgents);
          checkMetrics(r.metrics);
        },
      );
    },
    200,
  ),
  prop(
    'callCapacity',
    [fc.record({ agents: anyDouble, handleTime: anyDouble, patience: fc.option(anyDouble, { nil: undefined }) }), target],
    (team, t) => {
      guarded(
        () => q.callCapacity(team as never, t),
        (v) => nonNegativeOrInfinite('callCapacity', v),
      );
    },
    150,
  ),
  prop('lines', [anyValue, anyValue, fc.record({ arrivalRate: anyDouble, handleTime: anyDouble, meanWait: anyDouble })], (a, p, use) => {
    guarded(
      () => q.requiredLines(a as number, { maxBlocking: p as number }),
      (v) => nonNegativeOrInfinite('requiredLines', v),
    );
    guarded(
      () => q.lineCapacity(a as number, { maxBlocking: p as number }),
      (v) => nonNegativeOrInfinite('lineCapacity', v),
    );
    guarded(
      () => q.lineLoad(use, a as number),
      (v) => nonNegativeOrInfinite('lineLoad', v),
    );
  }),
  prop(
    'shrinkage',
    [
      anyValue,
      fc.oneof(anyValue, fc.dictionary(fc.string(), fraction)),
      fc.oneof(fc.constant(undefined), fc.constant(null), fc.record({ shrinkageCombine: fc.constantFrom('add', 'multiply', 'x') })),
    ],
    (a, s, o) => {
      guarded(
        () => q.totalShrinkage(s as number, o as never),
        (v) => probability('totalShrinkage', v),
      );
      guarded(
        () => q.scheduledAgents(a as number, s as number, o as never),
        (v) => nonNegativeOrInfinite('scheduledAgents', v),
      );
    },
  ),
  prop(
    'plans',
    [
      fc.array(fc.record({ start: anyDouble, length: anyDouble, calls: anyDouble, handleTime: anyDouble, items: anyDouble }), {
        maxLength: 5,
      }),
      target,
      anyDouble,
      anyDouble,
    ],
    (rows, t, h, r) => {
      guarded(
        () => q.staffingPlan(rows as never, t),
        (p) => p.intervals.forEach((i) => nonNegativeOrInfinite('agents', i.agents)),
      );
      guarded(
        () => q.deferredPlan(rows as never, { handleTime: h, responseTime: r }),
        (p) => p.intervals.forEach((i) => nonNegativeOrInfinite('agents', i.agents)),
      );
      const channels = rows.map((row, i) => ({ ...row, channel: (['voice', 'chat', 'email'] as const)[i % 3] }));
      guarded(
        () => q.channelPlan(channels as never, t, { responseTime: r, availability: h }),
        (p) => p.intervals.forEach((i) => nonNegativeOrInfinite('scheduledAgents', i.scheduledAgents)),
      );
    },
    150,
  ),
  prop(
    'chat and sensitivity',
    [demand, target, anyValue],
    (d, t, c) => {
      guarded(
        () => q.requiredChatAgents(d as never, t, { concurrency: c as number }),
        (r) => nonNegativeOrInfinite('agents', r.agents),
      );
      guarded(
        () => q.staffingSensitivity(d as never, t, { range: 1 }),
        (r) => r.agents.forEach((a) => checkMetrics(a.metrics)),
      );
    },
    100,
  ),
  // the limits, at the extremes: patience → ∞ is Erlang C, patience → 0 is Erlang B (to 1e-9)
  prop(
    'limits',
    [realisticQueue, fc.double({ min: 1e20, max: Number.MAX_VALUE, noNaN: true }), fc.double({ min: 5e-324, max: 1e-285, noNaN: true })],
    (r, long, short) => {
      const base = { arrivalRate: r.arrivalRate, handleTime: r.handleTime, agents: r.agents };
      const c = q.analyze(base, { answerTime: r.answerTime });
      if (c.stable) {
        const a = q.analyze({ ...base, patience: long }, { answerTime: r.answerTime });
        for (const k of ['probWait', 'serviceLevel', 'offeredServiceLevel'] as const) {
          if (!(Math.abs(a[k] - c[k]) <= 1e-9)) throw new Error(`patience ${long}: ${k} ${a[k]} vs Erlang C ${c[k]}`);
        }
      }
      const b = q.erlangB(r.agents, r.arrivalRate * r.handleTime);
      const m = q.analyze({ ...base, patience: short }, { answerTime: r.answerTime });
      if (!(Math.abs(m.probWait - b) <= 1e-9 && Math.abs(m.serviceLevel - (1 - b)) <= 1e-9)) {
        throw new Error(`patience ${short}: probWait ${m.probWait}, serviceLevel ${m.serviceLevel} vs Erlang B ${b}`);
      }
    },
  ),
]);

if (process.argv[1]?.endsWith('coreProperties.ts')) {
  const name = process.argv[2] ?? '';
  const property = properties[name];
  if (!property) throw new Error(`no property ${name}`);
  property();
}
