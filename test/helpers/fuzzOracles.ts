// Cross-checks of the library's exports against each other, for the fuzzer (scripts/fuzz.ts) and
// test/hostile/fuzzOracles.test.ts. Each oracle draws a valid input from its seed, runs the
// exports on it and returns the disagreements it finds (an empty list when they agree); the input
// is reproduced from the seed alone. Hostile inputs are the fuzzer's other half: these are valid.
import {
  analyze,
  type CallRecord,
  calibrateAvailability,
  callHistory,
  forecastArrivals,
  forecastFromHistory,
  parseCallLog,
  predictHistory,
  QueueInputError,
  scheduleShifts,
  staffingPlan,
} from '../../src/index.js';
import { rng } from './rng.js';

type Draw = () => number;
const intBetween = (random: Draw, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const pickFrom = <T>(random: Draw, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
/** Relative distance of two numbers (0 when both are the same, infinities included). */
const gap = (x: number, y: number): number => (x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1e-300));

/** A log of whole-second calls over `days` days, every call resolved: answered (and ended) or abandoned. */
export function drawCallLog(random: Draw, days = 1): CallRecord[] {
  const count = intBetween(random, 1, 120);
  const start = pickFrom(random, [0, 86_400 * 10_000, 1_700_000_000]);
  return Array.from({ length: count }, (): CallRecord => {
    const offeredAt = start + intBetween(random, 0, days * 86_400 - 1);
    const wait = random() < 0.3 ? 0 : intBetween(random, 0, 600);
    const call: { -readonly [K in keyof CallRecord]: CallRecord[K] } =
      random() < 0.75
        ? {
            offeredAt,
            answeredAt: offeredAt + wait,
            endedAt: offeredAt + wait + intBetween(random, 0, 900),
            agent: `A${intBetween(random, 1, 9)}`,
          }
        : { offeredAt, abandonedAt: offeredAt + wait };
    if (random() < 0.3) call.priority = intBetween(random, 0, 2);
    return call;
  });
}

/** callHistory's rows (no pooling) against their definitions, recounted call by call. */
export function historyDefinitions(seed: number): string[] {
  const random = rng(seed);
  const log = drawCallLog(random);
  const intervalSeconds = pickFrom(random, [900, 1800, 3600]);
  const answerTime = pickFrom(random, [0, 20, 60]);
  const history = callHistory(log, { intervalSeconds, answerTime });
  const problems: string[] = [];
  for (const row of history.intervals) {
    const calls = log.filter((c) => c.offeredAt >= row.start && c.offeredAt < row.start + row.length);
    const wait = (c: CallRecord): number => ((c.answeredAt ?? c.abandonedAt) as number) - c.offeredAt;
    const answered = calls.filter((c) => c.answeredAt !== undefined);
    const offered = calls.length;
    const expected: Record<string, number> = {
      offered,
      answered: answered.length,
      abandoned: offered - answered.length,
      probAbandon: offered === 0 ? 0 : (offered - answered.length) / offered,
      probWait: offered === 0 ? 0 : calls.filter((c) => c.answeredAt === undefined || wait(c) > 0).length / offered,
      meanWait: offered === 0 ? 0 : calls.reduce((s, c) => s + wait(c), 0) / offered,
      asa: answered.length === 0 ? 0 : answered.reduce((s, c) => s + wait(c), 0) / answered.length,
      serviceLevel: offered === 0 ? 1 : answered.filter((c) => wait(c) <= answerTime).length / offered,
    };
    for (const [key, value] of Object.entries(expected)) {
      const got = (row as unknown as Record<string, number>)[key] as number;
      if (gap(got, value) > 1e-12) problems.push(`history row at ${row.start}: ${key} ${got}, by its definition ${value}`);
    }
    if (row.probWait < row.probAbandon)
      problems.push(`history row at ${row.start}: probWait ${row.probWait} < probAbandon ${row.probAbandon}`);
  }
  return problems;
}

/** calibrateAvailability's per-interval predictions are predictHistory's at the fitted availabilities. */
export function calibrationAgreesWithPrediction(seed: number): string[] {
  const random = rng(seed);
  const history = callHistory(drawCallLog(random, 2), { intervalSeconds: 3600 }).intervals;
  const bands = random() < 0.5 ? undefined : [intBetween(random, 0, 11), intBetween(random, 12, 23)];
  const options = bands === undefined ? {} : { bands };
  const calibration = calibrateAvailability(history, options);
  const prediction = predictHistory(
    history,
    calibration.bands.map((b) => b.availability),
    options,
  );
  const problems: string[] = [];
  if (calibration.intervals.length !== prediction.intervals.length)
    problems.push(`calibration has ${calibration.intervals.length} intervals, predictHistory ${prediction.intervals.length}`);
  calibration.intervals.forEach((c, i) => {
    const p = prediction.intervals[i];
    for (const model of ['erlangA', 'erlangC'] as const) {
      for (const key of ['probAbandon', 'probWait', 'meanWait'] as const) {
        const [x, y] = [c[model][key], p?.[model][key] ?? Number.NaN];
        if (gap(x, y) > 1e-12) problems.push(`interval ${c.start}: calibration ${model}.${key} ${x}, predictHistory ${y}`);
      }
    }
  });
  for (const band of calibration.bands) {
    if (!(band.low <= band.availability && band.availability <= band.high))
      problems.push(`band from ${band.fromHour}: availability ${band.availability} outside its interval [${band.low}, ${band.high}]`);
  }
  return problems;
}

/** A staffing plan that refuses a forecast row: the forecast left its documented shape. */
function planProblems(
  label: string,
  rows: readonly { start: number; length: number; calls: number; handleTime?: number; patience?: number }[],
): string[] {
  const target = { serviceLevel: 0.8, answerTime: 20 };
  const intervals = rows.map((r) => ({ ...r, handleTime: r.handleTime ?? 180 }));
  try {
    const plan = staffingPlan(intervals, target);
    return plan.intervals.flatMap((row) => {
      if (row.calls === 0) return [];
      const m = analyze(
        {
          arrivalRate: row.arrivalRate,
          handleTime: row.handleTime,
          agents: row.agents,
          ...(row.metrics.patience < Infinity && { patience: row.metrics.patience }),
        },
        { answerTime: 20 },
      );
      return (m.serviceLevel as number) >= 0.8
        ? []
        : [`${label}: the plan's ${row.agents} agents at ${row.start} answer ${m.serviceLevel} in 20 s`];
    });
  } catch (error) {
    if (error instanceof QueueInputError && error.code === 'limit-reached') return [];
    return [`${label}: staffingPlan refused the forecast: ${(error as Error).message}`];
  }
}

/** UTC weekday (0 = Sunday) of a time in seconds. */
const weekdayOf = (seconds: number): number => new Date(seconds * 1000).getUTCDay();

/**
 * An empty forecast is honest only when the centre is closed on every day forecast (from the day
 * after the last call): no weekday of those days had a call in the history.
 */
function emptyForecastProblems(volumes: readonly { start: number; calls: number }[], days: number): string[] {
  const busy = volumes.filter((r) => r.calls > 0);
  const open = new Set(busy.map((r) => weekdayOf(r.start)));
  // trailing intervals with no calls (a call crossing midnight) do not move the forecast's first day
  const last = Math.max(...busy.map((r) => r.start));
  const firstDay = Math.floor(last / 86_400) + 1;
  const ahead = Array.from({ length: days }, (_, d) => weekdayOf((firstDay + d) * 86_400));
  const openAhead = ahead.filter((weekday) => open.has(weekday));
  return openAhead.length === 0
    ? []
    : [`forecastArrivals: no rows for ${days} days ahead, though weekdays ${openAhead.join(', ')} had calls`];
}

/** Forecast rows (forecastFromHistory, forecastArrivals) are rows staffingPlan takes, and its agents meet the target. */
export function forecastsPlan(seed: number): string[] {
  const random = rng(seed);
  const log = drawCallLog(random, intBetween(random, 1, 15));
  const history = callHistory(log, { intervalSeconds: pickFrom(random, [1800, 3600]), pool: 'day' });
  const problems: string[] = [];
  if (history.intervals.some((r) => r.handleTime !== undefined && r.handleTime > 0)) {
    problems.push(...planProblems('forecastFromHistory', forecastFromHistory(history)));
  }
  const volumes = callHistory(log, { intervalSeconds: 3600 }).intervals.map((r) => ({
    start: r.start,
    length: r.length,
    calls: r.offered,
    ...(r.handleTime !== undefined && r.handleTime > 0 && { handleTime: r.handleTime }),
  }));
  try {
    const days = intBetween(random, 1, 7);
    const forecast = forecastArrivals(volumes, { days });
    if (forecast.rows.length > 0) problems.push(...planProblems('forecastArrivals', forecast.rows));
    else problems.push(...emptyForecastProblems(volumes, days));
    for (const row of forecast.rows) {
      if (!(row.lower <= row.calls && row.calls <= row.upper))
        problems.push(`forecastArrivals at ${row.start}: ${row.calls} outside [${row.lower}, ${row.upper}]`);
    }
  } catch (error) {
    if (!(error instanceof QueueInputError)) problems.push(`forecastArrivals threw ${(error as Error).name}: ${(error as Error).message}`);
  }
  return problems;
}

/** scheduleShifts' coverage per interval, rebuilt from its own shifts and breaks, and its totals from the rows. */
export function scheduleCoverage(seed: number): string[] {
  const random = rng(seed);
  const length = pickFrom(random, [900, 1800, 3600]);
  const count = intBetween(random, 1, Math.floor((2 * 86_400) / length));
  const first = pickFrom(random, [0, 6 * 3600, 86_400 * 100]);
  const demand = Array.from({ length: count }, (_, i) => ({ start: first + i * length, length, required: intBetween(random, 0, 6) }));
  const templates = Array.from({ length: intBetween(random, 1, 3) }, (_, k) => {
    const steps = intBetween(random, 1, Math.floor(36_000 / length));
    const earliest = intBetween(random, 0, Math.floor(86_400 / length) - 1) * length;
    const breaks = steps >= 4 && random() < 0.5 ? [{ length, earliest: length, latest: (steps - 2) * length }] : [];
    return {
      name: `t${k}`,
      length: steps * length,
      earliestStart: earliest,
      latestStart: Math.min(86_400 - length, earliest + intBetween(random, 0, 8) * length),
      startStep: length * intBetween(random, 1, 2),
      breaks,
      ...(random() < 0.3 && { maxPerStart: intBetween(random, 0, 3) }),
    };
  });
  const objective = pickFrom(random, ['cover', 'difference'] as const);
  let schedule: ReturnType<typeof scheduleShifts>;
  try {
    schedule = scheduleShifts(demand, templates, { objective });
  } catch (error) {
    // A plan no template reaches is refused by name; anything else is a finding.
    if (error instanceof QueueInputError && error.parameter === 'templates') return [];
    return [`scheduleShifts threw ${(error as Error).name}: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  let under = 0;
  let over = 0;
  schedule.intervals.forEach((row, t) => {
    const at = demand[t]?.start as number;
    let people = 0;
    for (const s of schedule.shifts) {
      if (at < s.start || at >= s.end) continue;
      if (s.breaks.some((b) => at >= b.start && at < b.start + b.length)) continue;
      people += s.people;
    }
    if (people !== row.scheduled) problems.push(`interval ${at}: ${row.scheduled} scheduled, the shifts put ${people} on the floor`);
    under += Math.max(0, row.required - row.scheduled);
    over += Math.max(0, row.scheduled - row.required);
  });
  if (gap(under, schedule.totals.under) > 1e-12 || gap(over, schedule.totals.over) > 1e-12)
    problems.push(`totals under ${schedule.totals.under} / over ${schedule.totals.over}, the rows ${under} / ${over}`);
  const cost = schedule.shifts.reduce((s, x) => s + x.people * x.cost, 0);
  if (gap(cost, schedule.totals.cost) > 1e-9) problems.push(`totals cost ${schedule.totals.cost}, the shifts ${cost}`);
  if (schedule.totals.lowerBound > schedule.totals.objectiveValue * (1 + 1e-9) + 1e-9)
    problems.push(`lower bound ${schedule.totals.lowerBound} above the schedule's ${schedule.totals.objectiveValue}`);
  return problems;
}

/** The fields two calls are compared on after a round trip. */
const FIELDS = ['offeredAt', 'answeredAt', 'endedAt', 'abandonedAt', 'priority'] as const;
const key = (c: CallRecord): string => FIELDS.map((f) => String(c[f])).join('|');

/** A call log written as CSV, and as an Asterisk queue_log, parses back to the same calls. */
export function callLogRoundTrip(seed: number): string[] {
  const random = rng(seed);
  const log = drawCallLog(random);
  const problems: string[] = [];
  const csv = [
    'offered_at,answered_at,ended_at,abandoned_at,priority',
    ...log.map((c) => [c.offeredAt, c.answeredAt ?? '', c.endedAt ?? '', c.abandonedAt ?? '', c.priority ?? ''].join(',')),
  ].join(random() < 0.5 ? '\n' : '\r\n');
  const fromCsv = parseCallLog(csv);
  const expected = log.map(key).sort();
  const gotCsv = fromCsv.calls.map(key).sort();
  if (JSON.stringify(gotCsv) !== JSON.stringify(expected))
    problems.push(`CSV round trip: ${fromCsv.calls.length} calls of ${log.length} back, skipped ${JSON.stringify(fromCsv.skipped)}`);
  // queue_log: the unix epoch times of Asterisk, one call id each; priority is not in the format.
  const lines: [number, string][] = [];
  log.forEach((c, i) => {
    const id = `${seed}.${i}`;
    lines.push([c.offeredAt, `${c.offeredAt}|${id}|q|NONE|ENTERQUEUE||555|1`]);
    if (c.answeredAt !== undefined) {
      lines.push([c.answeredAt, `${c.answeredAt}|${id}|q|Agent/${c.agent}|CONNECT|${c.answeredAt - c.offeredAt}|${id}|1`]);
      lines.push([
        c.endedAt as number,
        `${c.endedAt}|${id}|q|Agent/${c.agent}|COMPLETECALLER|${c.answeredAt - c.offeredAt}|${(c.endedAt as number) - c.answeredAt}|1`,
      ]);
    } else lines.push([c.abandonedAt as number, `${c.abandonedAt}|${id}|q|NONE|ABANDON|1|1|${(c.abandonedAt as number) - c.offeredAt}`]);
  });
  lines.sort((x, y) => x[0] - y[0]);
  const fromQueueLog = parseCallLog(lines.map((l) => l[1]).join('\n'));
  const plain = (c: CallRecord): string =>
    key({ offeredAt: c.offeredAt, answeredAt: c.answeredAt, endedAt: c.endedAt, abandonedAt: c.abandonedAt } as CallRecord);
  const gotQueueLog = fromQueueLog.calls.map(plain).sort();
  const expectedPlain = log.map(plain).sort();
  if (JSON.stringify(gotQueueLog) !== JSON.stringify(expectedPlain))
    problems.push(
      `queue_log round trip: ${fromQueueLog.calls.length} calls of ${log.length} back, skipped ${JSON.stringify(fromQueueLog.skipped)}`,
    );
  return problems;
}

/**
 * The oracles the fuzzer runs, by name. The tracker's snapshot → JSON → restore → identical
 * predictions oracle joins here (`snapshotRoundTrip`) with the tracker's snapshot work.
 */
export const ORACLES: Readonly<Record<string, (seed: number) => string[]>> = {
  historyDefinitions,
  calibrationAgreesWithPrediction,
  forecastsPlan,
  scheduleCoverage,
  callLogRoundTrip,
};
