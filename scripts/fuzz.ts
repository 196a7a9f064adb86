// Hostile-input fuzzer for queuecast: drives every export of the library and every command of the
// CLI with NaN, ±Infinity, ±0, subnormals, 2^53 and beyond, 1e308, wrong types, null, tampered
// tracker snapshots, hostile event streams and odd files, and fails (exit 1) on any hang, error
// of the wrong kind (library: anything but QueueInputError / TrackerEventError; CLI: anything but
// exit 0, or exit 2 with one line), NaN in a result, or a probability outside [0, 1].
//
// Between rounds it runs cross-checks of exports against each other (test/helpers/fuzzOracles.ts:
// history rows recomputed from their definitions, calibration against predictHistory, forecast
// rows through staffingPlan, schedule coverage rebuilt from the shifts, CSV and queue_log round
// trips) on valid inputs drawn from the seed, and fails on any disagreement they report.
//
// Seeded and reproducible: npm run fuzz -- [--seed N] [--seconds S] [--deadline MS] [--examples FILE]
// (--examples writes each kind of failure's first example whole, as JSON, to FILE).
// (`npm run fuzz` builds dist/ first; the CLI is run from dist/cli.js, the library from src/).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as library from '../src/index.js';
import { type BoundedCall, BoundedCaller, type BoundedOutcome } from '../test/helpers/callBounded.js';
import { ORACLES } from '../test/helpers/fuzzOracles.js';
import { HOSTILE_NUMBERS } from '../test/helpers/hostileNumbers.js';
import { rng } from '../test/helpers/rng.js';

const { values } = parseArgs({
  options: { seed: { type: 'string' }, seconds: { type: 'string' }, deadline: { type: 'string' }, examples: { type: 'string' } },
});
const seed = Number(values.seed ?? 20261203);
const seconds = Number(values.seconds ?? 150);
const deadlineMs = Number(values.deadline ?? 3000);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');

const random = rng(seed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const HOSTILE_OTHERS: readonly unknown[] = [null, undefined, '', '12', 'abc', true, [], [1, 2], {}, { valueOf: 1 }, 10n];
function hostile(): unknown {
  const r = random();
  if (r < 0.55) return pick(HOSTILE_NUMBERS);
  if (r < 0.75) return pick(HOSTILE_OTHERS);
  if (r < 0.9) return random() * 10 ** Math.floor(random() * 20 - 10);
  return Math.floor(random() * 200);
}

// Valid calls of each export; the fuzzer replaces one argument or field at a time.
const queue = { arrivalRate: 100 / 1800, handleTime: 240, agents: 17, patience: 300 };
// A few calls of a log, and two weeks of hourly volumes, for the call-log, history and forecast exports.
const callRecords = Array.from({ length: 40 }, (_, i) => ({
  offeredAt: i * 90,
  ...(i % 5 === 4 ? { abandonedAt: i * 90 + 30 } : { answeredAt: i * 90 + (i % 3) * 20, endedAt: i * 90 + 200, agent: `A${i % 4}` }),
  priority: i % 2,
}));
const volumeHistory = Array.from({ length: 14 * 10 }, (_, i) => ({
  start: Math.floor(i / 10) * 86_400 + 28_800 + (i % 10) * 3600,
  length: 3600,
  calls: 40 + ((i * 7) % 11),
}));
// History rows, per hour and pooled per day, for the calibration and the history's forecast.
const hourly = library.callHistory(callRecords, { intervalSeconds: 3600, answerTime: 20 });
const daily = library.callHistory(callRecords, { intervalSeconds: 1800, pool: 'day' });
const TEMPLATES: Record<string, unknown[][]> = {
  analyze: [[queue, { answerTime: 20 }], [{ arrivalRate: 1, handleTime: 180, agents: 200 }]],
  announce: [], // built from an estimate below
  callCapacity: [
    [
      { agents: 14, handleTime: 180, patience: 300 },
      { serviceLevel: 0.8, answerTime: 20 },
    ],
  ],
  createQueueTracker: [
    [{ agents: 3, handleTime: 180, patience: 300 }],
    [{ agents: 3, handleTime: 180, patience: 300, halfLife: 600, capacity: 64, history: 5, announceQuantile: 0.9 }],
    [{ history: 1, halfLife: 1e-6, capacity: 1 }],
  ],
  deferredPlan: [
    [
      [
        { start: 0, length: 1800, items: 30 },
        { start: 1800, length: 1800, items: 10 },
      ],
      { handleTime: 600, responseTime: 14400 },
      { clearBacklog: true, initialBacklog: 5, shrinkage: { breaks: 0.1, training: 0.05 }, shrinkageCombine: 'multiply' },
    ],
  ],
  erfc: [[0.5]],
  erlangB: [[10, 7]],
  erlangC: [[10, 7]],
  estimateWait: [[{ ahead: 4, agents: 10, handleTime: 180, patience: 120 }]],
  forecastInterval: [
    [
      { agents: 10, waiting: [40, 25, 5], handleTime: 180, patience: 300 },
      { calls: 90, seconds: 1500 },
      { serviceLevel: 0.8, answerTime: 20 },
    ],
  ],
  gammaP: [[3, 2]],
  gammaQ: [[3, 2]],
  lineCapacity: [[30, { maxBlocking: 0.01 }]],
  lineLoad: [[30, 0.01]],
  logGamma: [[4.5]],
  normalCdf: [[1.2]],
  ratePerSecond: [[1200, 1800]],
  requiredAgents: [[queue, { serviceLevel: 0.8, answerTime: 20 }]],
  requiredChatAgents: [[{ arrivalRate: 300 / 1800, handleTime: 600 }, { serviceLevel: 0.8, answerTime: 60 }, { concurrency: 3 }]],
  requiredLines: [[20, { maxBlocking: 0.01 }]],
  restoreQueueTracker: [], // built from a snapshot below
  roundUpWait: [
    [
      290,
      [
        { upTo: 600, step: 60 },
        { upTo: Infinity, step: 300 },
      ],
    ],
  ],
  scheduledAgents: [[20, 0.3]],
  serviceLevel: [[{ arrivalRate: 1, handleTime: 180, agents: 200 }, 20]],
  simulate: [
    [
      { arrivalRate: 1, handleTime: 180, agents: 200, patience: 300 },
      { calls: 2000, answerTime: 20 },
    ],
  ],
  simulateCentre: [
    [
      {
        queues: [
          { name: 'a', arrivalRate: 0.05, handleTime: 120, patience: 200 },
          { name: 'b', arrivalRate: 0.02, handleTime: { kind: 'gamma', mean: 300, cv: 0.5 } },
        ],
        agents: [
          { count: 3, serves: ['a'] },
          { name: 'ab', count: 4, serves: ['b', { queue: 'a', penalty: 1 }] },
        ],
      },
      { duration: 20_000, answerTime: 20, records: true },
    ],
  ],
  staffingPlan: [
    [
      [
        { start: 0, length: 1800, calls: 100, handleTime: 240 },
        { start: 1800, length: 1800, calls: 150, handleTime: 240 },
      ],
      { serviceLevel: 0.8, answerTime: 20 },
    ],
    [
      [
        { start: 0, length: 1800, calls: 100, handleTime: 240, patience: 120 },
        { start: 1800, length: 1800, calls: 150, handleTime: 240, patience: 120 },
      ],
      { serviceLevel: 0.8, answerTime: 20, maxAbandon: 0.05 },
      {
        method: 'offeredLoad',
        availability: 0.8,
        shrinkage: { breaks: 0.1, training: 0.05 },
        shrinkageCombine: 'multiply',
        hoursPerFte: 7.5,
      },
    ],
  ],
  staffingSensitivity: [[queue, { serviceLevel: 0.8, answerTime: 20 }]],
  totalShrinkage: [[[0.1, 0.2]]],
  waitQuantile: [[queue, 0.9]],
  offerCallback: [],
  reviseAnnouncement: [],
  QueueInputError: [['agents', 2.5, 'a non-negative integer']],
  parseCallLog: [
    ['offered_at,answered_at,ended_at,priority\n0,10,100,1\n5,,,0\n'],
    ['1 1|7|Q|A|ENTERQUEUE||\n'],
    ['offered_at,abandoned_at,agent,call_type\n0,10,,sales\n"5",7,A,"a ""b"""\n', { format: 'csv', maxProblems: 3 }],
    ['1700000000|1.1|q|NONE|ENTERQUEUE||555|1\n1700000030|1.1|q|PJSIP/7|CONNECT|30|1.2|4\n', { format: 'queue_log' }],
  ],
  checkCallRecords: [[callRecords]],
  callHistory: [
    [callRecords, { intervalSeconds: 3600, answerTime: 20 }],
    [callRecords, { intervalSeconds: 1800, pool: 'day', by: ['priority', 'callType'], logEnd: 5000 }],
    [callRecords, { intervalSeconds: 900, pool: 'week', answerTime: 0 }],
  ],
  calibrateAvailability: [[hourly.intervals], [hourly.intervals, { bands: [0, 12], staffed: hourly.intervals.map(() => 4) }]],
  predictHistory: [
    [hourly.intervals, 0.8],
    [hourly.intervals, [0.7, 0.9], { bands: [0, 12] }],
    [hourly.intervals, 1, { staffed: hourly.intervals.map(() => 5) }],
  ],
  forecastFromHistory: [[daily]],
  replay: [
    [callRecords],
    [callRecords, { tracker: { history: 50, announceQuantile: 0.9, halfLife: 600 }, agentWindow: 600 }],
    [
      callRecords,
      {
        agentEvents: [
          { type: 'login', time: 0, count: 3 },
          { type: 'agent', time: 100, agent: 'A0', state: 'available' },
          { type: 'logout', time: 4000, count: 1 },
        ],
      },
    ],
  ],
  censoredPatience: [[10, 3000]],
  forecastArrivals: [
    [volumeHistory, { days: 7 }],
    [volumeHistory, { days: 3, method: 'profile', exclude: [86_400], events: [{ day: 86_400 * 15, multiplier: 1.5 }], coverage: 0.8 }],
    [volumeHistory, { days: 2, method: 'holt-winters' }],
  ],
  scheduleShifts: [
    [
      Array.from({ length: 20 }, (_, i) => ({ start: 28_800 + i * 1800, length: 1800, required: i < 10 ? 4 : 6 })),
      [
        {
          name: 'day',
          length: 28_800,
          earliestStart: 28_800,
          latestStart: 36_000,
          breaks: [{ length: 1800, earliest: 10_800, latest: 18_000 }],
        },
        { name: 'short', length: 14_400, earliestStart: 28_800, latestStart: 50_400 },
      ],
    ],
    [
      Array.from({ length: 20 }, (_, i) => ({
        start: 28_800 + i * 1800,
        length: 1800,
        required: 5,
        calls: 40 + i,
        handleTime: 240,
        patience: 180,
      })),
      [
        {
          name: 'half',
          length: 14_400,
          earliestStart: 28_800,
          latestStart: 50_400,
          startStep: 3600,
          cost: 3,
          maxPerStart: 4,
          maxPerDay: 9,
        },
      ],
      { objective: 'service-level', target: { serviceLevel: 0.8, answerTime: 20 }, targetPer: 'plan', shrinkage: 0.2, maxOnFloor: 12 },
    ],
    [
      Array.from({ length: 10 }, (_, i) => ({ start: 86_400 * 3 + i * 3600, length: 3600, required: i % 4 })),
      [
        {
          name: 'x',
          length: 7200,
          earliestStart: 0,
          latestStart: 82_800,
          days: [3],
          breaks: [{ length: 3600, earliest: 0, latest: 3600, paid: true }],
        },
      ],
      { objective: 'difference' },
    ],
  ],
  TrackerEventError: [],
};

/** A copy of `value` with one leaf (an argument, a field, an array element) replaced by `replacement`. */
/**
 * Keeps a simulateCentre run short: when its queues' arrival rates are numbers and the run would
 * simulate more than 50,000 calls (a valid budget allows 10⁹: minutes of CPU), its duration and
 * warm-up are scaled down to about that many.
 */
function capCentreRun(args: unknown[]): void {
  const [scenario, options] = args as [{ queues?: unknown }, Record<string, unknown> | undefined];
  if (typeof options !== 'object' || options === null || !Array.isArray(scenario?.queues)) return;
  const rate = (scenario.queues as { arrivalRate?: unknown }[]).reduce(
    (sum, queue) => sum + (typeof queue?.arrivalRate === 'number' && queue.arrivalRate > 0 ? queue.arrivalRate : 0),
    0,
  );
  const duration = typeof options.duration === 'number' ? options.duration : 86_400;
  const warmUp = typeof options.warmUpTime === 'number' ? options.warmUpTime : duration / 10;
  const calls = rate * (duration + warmUp);
  if (!(calls > 50_000) || calls > 1e9) return;
  options.duration = (duration * 50_000) / calls;
  options.warmUpTime = (warmUp * 50_000) / calls;
}

function mutate(value: unknown, replacement: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || random() < 0.1) return replacement;
    const copy = value.slice();
    const i = Math.floor(random() * copy.length);
    copy[i] = random() < 0.3 ? replacement : mutate(copy[i], replacement);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 0 || random() < 0.1) return replacement;
    const copy: Record<string, unknown> = { ...value };
    const key = random() < 0.9 ? pick(keys) : pick(['extra', 'options', 'patience', 'answerTime', 'maxAgents']);
    copy[key] = random() < 0.5 ? replacement : mutate(copy[key], replacement);
    return copy;
  }
  return replacement;
}

const PROBABILITY_KEYS =
  /^(prob[A-Z]\w*|serviceLevel|offeredServiceLevel|serviceLevelOfAnswered|serviceLevelExcludingShortAbandons|occupancy|abandonRate|blocking|cdf)$/;

/** Problems in a returned value: NaN anywhere, a probability outside [0, 1]. */
function problems(value: unknown, path = 'result', depth = 0): string[] {
  if (depth > 8) return [];
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return [`${path} is NaN`];
    const key = path.split('.').pop() ?? '';
    const owner = path.split('.').slice(-2, -1)[0] ?? '';
    const probability = PROBABILITY_KEYS.test(key) || (PROBABILITY_KEYS.test(owner) && /^(value|lower|upper)$/.test(key));
    if (probability && !(value >= 0 && value <= 1)) return [`${path} = ${value} is a probability outside [0, 1]`];
    return [];
  }
  if (Array.isArray(value)) return value.slice(0, 200).flatMap((v, i) => problems(v, `${path}[${i}]`, depth + 1));
  if (typeof value === 'object' && value !== null) {
    // A tracker's snapshot state is opaque; an error report's value is the input as received.
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'state' || (k === 'value' && /error$/.test(path)) ? [] : problems(v, `${path}.${k}`, depth + 1),
    );
  }
  return [];
}

/** Failures by signature (export or command, and what went wrong), with the first example of each. */
const failures = new Map<string, { count: number; example: string }>();
function fail(signature: string, example: string): void {
  const known = failures.get(signature);
  if (known === undefined) failures.set(signature, { count: 1, example });
  else known.count++;
}
/** The library's documented input errors (CallLogError is a QueueInputError naming line and column). */
const REPORTED_ERRORS = new Set(['QueueInputError', 'CallLogError', 'TrackerEventError']);
let calls = 0;
function judge(call: BoundedCall, outcome: BoundedOutcome): void {
  calls++;
  const show = (): string =>
    JSON.stringify(call, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'bigint' ? `${v}n` : v));
  if (!outcome.ok) {
    if (outcome.hang) fail(`${call.fn}: hang (> ${deadlineMs} ms)`, show());
    else if (!REPORTED_ERRORS.has(outcome.errorName)) {
      fail(`${call.fn}: ${outcome.errorName} ${outcome.message.slice(0, 80)}`, show());
    }
    return;
  }
  // An error object carries the value it was given, NaN included.
  if (call.construct === true && /Error$/.test(call.fn)) return;
  // checkCallRecords returns its input as given: what is in it is the caller's own.
  const echoed = call.fn === 'checkCallRecords';
  for (const p of echoed ? [] : problems(outcome.value))
    fail(`${call.fn}: ${p.replace(/ = .*/, '').replace(/\[\d+\]/g, '[]')}`, `${p}: ${show()}`);
  for (const [i, m] of (outcome.methods ?? []).entries()) {
    const method = m as BoundedOutcome;
    const name = call.methods?.[i]?.[0] ?? '?';
    if (!method.ok) {
      if (!REPORTED_ERRORS.has(method.errorName)) {
        fail(`${call.fn}().${name}: ${method.errorName} ${method.message.slice(0, 80)}`, show());
      }
    } else {
      for (const p of problems(method.value, name === 'cdf' ? 'cdf' : `${call.fn}().${name}()`))
        fail(`${p.replace(/ = .*/, '').replace(/\[\d+\]/g, '[]')}`, `${p}: ${show()}`);
    }
  }
}

const caller = new BoundedCaller(deadlineMs);
const end = Date.now() + seconds * 1000 * 0.6; // 60% of the time on the library, the rest on the CLI

// Estimate methods and the announce family: an estimate is rebuilt in the worker from estimateWait.
const ESTIMATE_METHODS = (): [string, unknown[]][] => [
  ['quantile', [hostile()]],
  ['cdf', [hostile()]],
  ['quantile', [random()]],
];

// Hostile event streams for a tracker: valid-looking events with hostile times, ids and counts.
function hostileEvents(n: number): [string, unknown[]][] {
  const types = ['joined', 'answered', 'abandoned', 'completed', 'login', 'logout', 'bogus'];
  const out: [string, unknown[]][] = [];
  let t = 0;
  for (let i = 0; i < n; i++) {
    t += random() < 0.8 ? random() * 30 : Number(pick(HOSTILE_NUMBERS));
    const type = pick(types);
    const event: Record<string, unknown> = {
      type,
      time: random() < 0.85 ? t : hostile(),
      id: random() < 0.8 ? Math.floor(random() * 8) : hostile(),
    };
    if (type === 'login' || type === 'logout') event.count = random() < 0.7 ? 1 + Math.floor(random() * 3) : hostile();
    out.push(['record', [random() < 0.95 ? event : hostile()]]);
  }
  out.push(
    ['stats', []],
    ['predict', [Math.floor(random() * 5)]],
    ['estimateAll', []],
    ['accuracy', []],
    ['chosen', []],
    ['liveState', [random() < 0.7 ? undefined : { now: random() < 0.5 ? Math.floor(random() * 40) : hostile() }]],
    ['snapshot', []],
  );
  return out;
}

const exportsToFuzz = Object.keys(library).filter((k) => typeof (library as Record<string, unknown>)[k] === 'function');
let snapshots: unknown[] = [];
let oracleRuns = 0;
while (Date.now() < end) {
  for (const name of exportsToFuzz) {
    const fn = (library as Record<string, unknown>)[name] as { toString(): string };
    const construct = /^class /.test(fn.toString());
    const templates = TEMPLATES[name] ?? [];
    let call: BoundedCall;
    if (name === 'announce' || name === 'offerCallback' || name === 'reviseAnnouncement') {
      // These take an estimate object, which cannot cross to the worker with its methods: use a
      // plain estimate-shaped object of hostile numbers (a hand-made estimate), or hostile options.
      const estimate = random() < 0.5 ? hostile() : { mean: hostile(), sd: hostile(), probAnswered: hostile() };
      call = { fn: name, args: [estimate, mutate({ statistic: 0.8, floor: 60, cap: 1200, rangeFrom: 0.5 }, hostile())] };
    } else if (name === 'restoreQueueTracker') {
      const base = snapshots.length > 0 ? pick(snapshots) : { version: 1, options: {}, state: {} };
      call = { fn: name, args: [mutate(base, hostile())], methods: hostileEvents(10) };
    } else if (name === 'createQueueTracker') {
      call = {
        fn: name,
        args: [random() < 0.7 ? (pick(templates) as unknown[])[0] : mutate((pick(templates) as unknown[])[0], hostile())],
        methods: hostileEvents(40),
      };
    } else if (templates.length > 0) {
      const template = pick(templates);
      const mutated = mutate(template, hostile());
      call = { fn: name, args: Array.isArray(mutated) ? mutated : [mutated] };
    } else {
      call = { fn: name, args: Array.from({ length: Math.floor(random() * 4) }, hostile) };
    }
    if (construct) call.construct = true;
    if (name === 'estimateWait') call.methods = ESTIMATE_METHODS();
    if (name === 'simulate') {
      // keep runs short: cap the budget the template gives
      const options = call.args[1];
      if (
        typeof options === 'object' &&
        options !== null &&
        typeof (options as { calls?: unknown }).calls === 'number' &&
        (options as { calls: number }).calls > 20_000
      ) {
        (options as { calls: number }).calls = 20_000;
      }
    }
    if (name === 'simulateCentre') capCentreRun(call.args);
    const outcome = await caller.call(call);
    // Tracker snapshots, for restore: keep the last few (tampered next time).
    if (name === 'createQueueTracker' && outcome.ok) {
      const methods = outcome.methods as BoundedOutcome[];
      const last = methods[methods.length - 1];
      if (last?.ok === true) snapshots = [...snapshots.slice(-5), last.value];
    }
    judge(call, outcome);
  }
  // Cross-checks on valid inputs drawn from a seed (a failure names the seed: the whole input).
  // The tracker's snapshot → JSON → restore oracle joins ORACLES as `snapshotRoundTrip`.
  for (const name of Object.keys(ORACLES)) {
    const oracleSeed = Math.floor(random() * 2 ** 31);
    const outcome = await caller.call({ fn: `oracle:${name}`, args: [oracleSeed] });
    oracleRuns++;
    if (!outcome.ok)
      fail(
        `oracle ${name}: ${outcome.hang === true ? 'hang' : `${outcome.errorName} ${outcome.message.slice(0, 80)}`}`,
        `seed ${oracleSeed}`,
      );
    else if (Array.isArray(outcome.value) && outcome.value.length > 0)
      fail(
        `oracle ${name}: ${String(outcome.value[0])
          .replace(/-?\d[\d.e+-]*/g, 'N')
          .slice(0, 100)}`,
        `seed ${oracleSeed}: ${outcome.value.slice(0, 3).join('; ')}`,
      );
  }
}
await caller.close();
const libraryCalls = calls;

// The CLI: hostile flag values, unknown and repeated flags, odd files.
const dir = mkdtempSync(join(tmpdir(), 'queuecast-fuzz-'));
const files: Record<string, string | Buffer> = {
  'empty.csv': '',
  'header.csv': 'start,calls,aht\n',
  'day.csv': 'start,calls,aht\n08:00,100,180\n08:30,120,180\n09:00,90,200\n',
  'bom-crlf.csv': '\ufeffstart;calls;aht\r\n08:00;100;3m\r\n08:30;120;3m\r\n',
  'huge.csv': 'start,calls,aht,patience\n08:00,1e308,1e308,1e308\n08:30,1e16,5e-324,5e-324\n',
  'nan.csv': 'start,calls,aht\n08:00,NaN,Infinity\n08:30,-0,0\n',
  'binary.csv': Buffer.from([0, 255, 254, 1, 2, 3, 10, 0, 0]),
  'quotes.csv': 'start,calls,aht\n"08:00,100,180\n',
  'newline.csv': '"st\nart",calls,aht\n08:00,100,180\n',
  'far.csv': 'start,calls,aht\n8640000000000,100,180\n',
  'unsorted.csv': 'start,calls,aht\n09:00,100,180\n08:00,100,180\n',
  'email.csv': 'start,channel,calls,aht,deadline\n08:00,email,1e9,1e9,1e-9\n08:30,chat,5,60,\n',
  'dates.csv': 'start,calls,aht\n2024-02-30 08:00,10,180\n2024-13-01T08:00+99:99,10,180\n',
  // Call logs, history volumes, plans and shift templates for history, replay, forecast and schedule.
  'calls.csv': `offered_at,answered_at,ended_at,abandoned_at,agent,priority,call_type\n${callRecords
    .map((c: { offeredAt: number; answeredAt?: number; endedAt?: number; abandonedAt?: number; agent?: string; priority: number }) =>
      [c.offeredAt, c.answeredAt, c.endedAt, c.abandonedAt]
        .map((t): string | number => (t === undefined ? '' : t + 1_714_975_200))
        .concat([c.agent ?? '', c.priority, c.priority === 1 ? 'sales' : 'care'])
        .join(','),
    )
    .join('\n')}\n`,
  'calls-hostile.csv': 'offered_at,answered_at,ended_at\n1e999,,\n"1\n2",3,4\n-1e15,-1e15,-1e15\n5,x,\n0,0,0\n7,,\n',
  'queue.log':
    '1700000000|1.1|q|NONE|ENTERQUEUE||555|1\n1700000030|1.1|q|PJSIP/7|CONNECT|30|1.2|4\n1700000300|1.1|q|PJSIP/7|COMPLETECALLER|30|270|1\n1700000040|1.2|q|NONE|ENTERQUEUE||556|1\n1700000100|1.2|q|NONE|ABANDON|1|1|60\n',
  'staffed.csv': 'start,staffed\n2024-05-06 08:00,3\n2024-05-06 09:00,4\n',
  'volumes.csv': `start,calls,aht\n${volumeHistory
    .map((v) => `${new Date((v.start + 1_714_953_600) * 1000).toISOString().slice(0, 16).replace('T', ' ')},${v.calls},180`)
    .join('\n')}\n`,
  'plan.csv': `start,required,calls,aht\n${Array.from({ length: 16 }, (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'},${3 + (i % 4)},${40 + i},240`).join('\n')}\n`,
  'shifts-bad.json': JSON.stringify([
    { name: 'a', length: '1h', start: '08:00', latestStart: '09:00', every: 0.0000001 },
    { name: 'b', length: 1e-16, start: '08:00' },
    { name: 'c', length: '2h', start: '08:00', cost: 1e308 },
  ]),
};
/** Placeholders of COMMANDS for the files above (FILE: any of them; OUT, OUT2: outputs). */
const NAMED: Record<string, string> = {
  LOG: 'calls.csv',
  HOSTILE_LOG: 'calls-hostile.csv',
  QLOG: 'queue.log',
  STAFFED: 'staffed.csv',
  VOLUMES: 'volumes.csv',
  PLAN: 'plan.csv',
  SHIFTS_BAD: 'shifts-bad.json',
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
mkdirSync(join(dir, 'a-directory.csv'));
const HOSTILE_TEXT = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '-0',
  '1e308',
  '5e-324',
  '1e-320',
  '9007199254740993',
  '1e16',
  '',
  ' ',
  'abc',
  '1/0',
  '0x10',
  '5m5m',
  '1h1h',
  '99:99',
  '+99:99',
  '150%',
  '-5%',
  '100%',
  '99.99999999999999%',
  '80/0',
  '0/20',
  '101/20',
  'gamma:101',
  'lognormal:-1',
  'inf',
  'none',
  '1e-16',
  '3m',
  '1.5',
  '2e9',
  '--json',
  '-',
  'zz-ZZ-u-nu-bogus',
  'x'.repeat(5000),
];
const COMMANDS: Record<string, string[][]> = {
  analyze: [['--calls', '1200', '--interval', '30m', '--aht', '4m30s', '--agents', '185', '--patience', '3m']],
  staff: [
    ['--calls', '1200', '--aht', '4m30s', '--sl', '80/20', '--shrinkage', '30%'],
    ['--calls', '300', '--aht', '10m', '--concurrency', '3', '--sl', '80/60'],
  ],
  plan: [
    ['FILE', '--sl', '80/20', '--shrinkage', '30%'],
    ['FILE', '--simulate', '--replications', '3'],
    ['FILE', '--csv', 'OUT', '--chart', 'OUT2'],
  ],
  wait: [['--ahead', '7', '--agents', '20', '--aht', '4m', '--patience', '3m', '--locale', 'hi']],
  simulate: [['--calls', '300', '--aht', '3m', '--agents', '12', '--patience', '2m', '--budget', '20000']],
  demo: [['--json', '--chart', 'OUT']],
  history: [
    ['FILE'],
    ['examples/bank-calls-1999-02-01.csv', '--interval', '30m', '--json', '--chart', 'OUT'],
    ['LOG', '--pool', 'day', '--interval', '1h', '--by', 'type,priority', '--json'],
    ['LOG', '--staffed', 'STAFFED', '--bands', '8,12', '--sl', '80/20', '--json'],
    ['LOG', '--pool', 'week', '--forecast', 'OUT', '--csv', 'OUT2'],
    ['HOSTILE_LOG', '--json'],
    ['QLOG', '--format', 'queue_log', '--strict'],
  ],
  replay: [
    ['FILE'],
    ['examples/bank-calls-1999-02-01.csv', '--json'],
    ['LOG', '--quantile', '90%', '--agent-window', '10m', '--json'],
    ['QLOG', '--format', 'queue_log', '--strict'],
    ['HOSTILE_LOG'],
  ],
  forecast: [
    ['FILE', '--weeks', '1'],
    [
      'VOLUMES',
      '--days',
      '3',
      '--method',
      'profile',
      '--exclude',
      '2024-05-08',
      '--events',
      '2024-05-20=1.5',
      '--coverage',
      '80%',
      '--json',
    ],
    ['VOLUMES', '--weeks', '1', '--method', 'holt-winters', '--csv', 'OUT'],
  ],
  schedule: [
    ['FILE', '--shifts', 'examples/shifts.json', '--chart', 'OUT'],
    ['PLAN', '--shifts', 'SHIFTS_BAD', '--json'],
    [
      'PLAN',
      '--shifts',
      'examples/shifts.json',
      '--objective',
      'service-level',
      '--sl',
      '80/20',
      '--target-per',
      'plan',
      '--shrinkage',
      '30%',
    ],
    ['PLAN', '--shifts', 'examples/shifts.json', '--objective', 'difference', '--coverage-csv', 'OUT', '--json'],
  ],
};
const fileNames = [...Object.keys(files), 'a-directory.csv', 'missing.csv', '/dev/null'];
let cliRuns = 0;
const cliEnd = Date.now() + seconds * 1000 * 0.4;
while (Date.now() < cliEnd) {
  const command = pick(Object.keys(COMMANDS));
  const args = pick(COMMANDS[command] as string[][]).map((a) =>
    a === 'FILE'
      ? pick(fileNames).startsWith('/')
        ? '/dev/null'
        : join(dir, pick(fileNames))
      : a === 'OUT' || a === 'OUT2'
        ? join(dir, `out-${cliRuns % 7}${a === 'OUT2' ? 'b' : ''}.txt`)
        : a in NAMED
          ? join(dir, NAMED[a] as string)
          : a,
  );
  const r = random();
  if (r < 0.6) {
    // one flag value replaced
    const values = args
      .map((a, i) => i)
      .filter((i) => i > 0 && !(args[i] as string).startsWith('--') && (args[i - 1] as string).startsWith('--'));
    if (values.length > 0) args[pick(values)] = pick(HOSTILE_TEXT);
  } else if (r < 0.75) {
    const i = Math.floor(random() * args.length);
    if ((args[i] as string).startsWith('--')) args.push(args[i] as string, pick(HOSTILE_TEXT)); // repeated flag
  } else if (r < 0.85) {
    args.push(pick(['--bogus', '-z', '--json=1', '--help=no', '--', 'extra']));
  } else if (command === 'plan') {
    args[0] = join(dir, pick(fileNames));
  }
  const run = spawnSync(process.execPath, [CLI, command, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 20_000,
    input: '',
    maxBuffer: 1 << 28,
  });
  cliRuns++;
  const shown = `queuecast ${command} ${args.map((a) => JSON.stringify(a.length > 60 ? `${a.slice(0, 60)}…` : a)).join(' ')}`;
  if (run.error !== undefined || run.signal !== null)
    fail(`queuecast ${command}: hang or crash (${run.signal ?? run.error?.message})`, shown);
  else if (run.status === 2) {
    // The error is one line, the last; the reader's warnings about the file may come before it.
    const lines = run.stderr.trimEnd().split('\n');
    const errors = lines.filter((line) => line.startsWith('queuecast'));
    if (errors.length !== 1 || !lines.at(-1)?.startsWith('queuecast'))
      fail(`queuecast ${command}: exit 2 without one line`, `${shown}\n${run.stderr.slice(-400)}`);
  } else if (run.status !== 0) fail(`queuecast ${command}: exit ${run.status}`, `${shown}\n${run.stderr.slice(0, 400)}`);
  else if (args.includes('--json') && !args.includes('--help')) {
    try {
      for (const p of problems(JSON.parse(run.stdout)))
        fail(`queuecast ${command} --json: ${p.replace(/ = .*/, '').replace(/\[\d+\]/g, '[]')}`, `${p}: ${shown}`);
    } catch {
      fail(`queuecast ${command}: --json output is not JSON`, shown);
    }
  }
}
rmSync(dir, { recursive: true, force: true });

console.log(
  `fuzz seed ${seed}: ${libraryCalls} library calls, ${oracleRuns} cross-checks, ${cliRuns} CLI runs, ${failures.size} kinds of failure`,
);
for (const [signature, { count, example }] of failures) console.log(`  ✗ ${signature} (${count}×)\n      e.g. ${example.slice(0, 400)}`);
if (values.examples !== undefined) writeFileSync(values.examples, JSON.stringify(Object.fromEntries(failures), null, 2));
process.exitCode = failures.size > 0 ? 1 : 0;
