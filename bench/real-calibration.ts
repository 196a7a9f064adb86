/**
 * Calibration measured on real data: the bank's two weeks (shared/data, loadBankLog), weekdays
 * (Sunday–Thursday at this centre) 07:00–24:00, per hour of the day pooled over each week.
 * The availability is calibrated on one week (calibrateAvailability: one factor, fitted to
 * abandonment, agents staffed = the distinct agents seen) and scored on the other (predictHistory
 * with that factor and the other week's own arrivals, handle times, patience and agents seen), both
 * ways. Nothing is fitted by hand. Then the speed: a month-sized log (35,000 calls: the two weeks
 * repeated with dates shifted) to history and calibration in the library, and from the CLI.
 * Run: `npm run bench:calibration` (add `--json` for machine-readable figures).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CallRecord, calibrateAvailability, callHistory, predictHistory } from '../src/index.js';
import { loadBankLog } from './realData/bankLog.js';

const DAY = 86_400;
const { calls } = loadBankLog();
const weekday = (c: CallRecord): boolean => {
  const d = new Date(c.offeredAt * 1000);
  return d.getUTCDay() <= 4 && d.getUTCHours() >= 7;
};
const split = Date.UTC(1999, 1, 8) / 1000;
const weeks = {
  'week 1 (Feb 1–7)': calls.filter((c) => weekday(c) && c.offeredAt < split),
  'week 2 (Feb 8–14)': calls.filter((c) => weekday(c) && c.offeredAt >= split),
};
const history = (list: readonly CallRecord[]) => callHistory(list, { intervalSeconds: 3600, pool: 'day', answerTime: 20 }).intervals;

const results: Record<string, unknown>[] = [];
const names = Object.keys(weeks) as (keyof typeof weeks)[];
for (const [fitOn, scoreOn] of [
  [names[0], names[1]],
  [names[1], names[0]],
] as const) {
  const fitted = calibrateAvailability(history(weeks[fitOn as keyof typeof weeks]));
  const scored = predictHistory(history(weeks[scoreOn as keyof typeof weeks]), fitted.availability);
  const atWork = predictHistory(history(weeks[scoreOn as keyof typeof weeks]), 1);
  const row = (label: string, model: 'erlangA' | 'erlangC', p: typeof scored) => ({
    fitOn,
    scoreOn,
    label,
    model: model === 'erlangA' ? 'Erlang A' : 'Erlang C',
    probAbandonMAE: p[model].probAbandonError,
    probWaitMAE: p[model].probWaitError,
    meanWaitMAE: p[model].meanWaitError,
    unstable: p[model].unstableIntervals,
    fits: p[model].fits,
    verdict: p[model].verdict,
  });
  console.log(
    `\nCalibrated on ${fitOn}: availability ${fitted.availability.toFixed(3)} (95% ${fitted.bands[0]?.low.toFixed(3)}–${fitted.bands[0]?.high.toFixed(3)}); Erlang C's own best ${fitted.erlangCAvailability.toFixed(3)}`,
  );
  console.log(
    `Scored on ${scoreOn} (${scored.intervals.length} hours; observed mean P(abandon) ${scored.observed.probAbandon.toFixed(3)}, P(wait) ${scored.observed.probWait.toFixed(3)}, mean wait ${scored.observed.meanWait.toFixed(1)} s):`,
  );
  const rows = [
    row('agents at work', 'erlangA', atWork),
    row('agents at work', 'erlangC', atWork),
    row('calibrated', 'erlangA', scored),
    row('calibrated', 'erlangC', scored),
  ];
  console.log('| agents used | model | MAE P(abandon) | MAE P(wait) | MAE mean wait | fits |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.label} | ${r.model} | ${r.probAbandonMAE.toFixed(3)} | ${r.probWaitMAE.toFixed(3)} | ${r.meanWaitMAE === Infinity ? 'infinite' : `${r.meanWaitMAE.toFixed(1)} s`} | ${r.fits ? 'yes' : 'no'} |`,
    );
  }
  console.log(`  ${scored.erlangA.verdict}\n  ${scored.erlangC.verdict}`);
  results.push(...rows, { fitOn, availability: fitted.availability, low: fitted.bands[0]?.low, high: fitted.bands[0]?.high });
}

// Speed: 35,000 calls, the two weeks tiled with dates shifted by two weeks.
const month: CallRecord[] = [];
for (let k = 0; month.length < 35_000; k++) {
  for (const c of calls) {
    if (month.length >= 35_000) break;
    const shift = k * 14 * DAY;
    month.push({
      ...c,
      offeredAt: c.offeredAt + shift,
      ...(c.answeredAt !== undefined && { answeredAt: c.answeredAt + shift }),
      ...(c.abandonedAt !== undefined && { abandonedAt: c.abandonedAt + shift }),
      ...(c.endedAt !== undefined && { endedAt: c.endedAt + shift }),
    });
  }
}
/** Median wall time (ms) of `runs` runs after a warm-up; `cpu` gets the median CPU time of this process. */
const cpuTimes: number[] = [];
const time = (fn: () => unknown, runs = 7): number => {
  fn();
  const samples: number[] = [];
  cpuTimes.length = 0;
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  cpuTimes.sort((a, b) => a - b);
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
};
const medianCpu = (): number => cpuTimes[Math.floor(cpuTimes.length / 2)] as number;
const pooled = time(() => calibrateAvailability(callHistory(month, { intervalSeconds: 3600, pool: 'day' }).intervals));
const pooledCpu = medianCpu();
const quarterHours = time(() => calibrateAvailability(callHistory(month, { intervalSeconds: 900 }).intervals));
const quarterCpu = medianCpu();
console.log(
  `\nSpeed, ${month.length} calls (median of 7; wall / CPU of this process; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores): ` +
    `history + calibration per hour of day ${pooled.toFixed(0)} / ${pooledCpu.toFixed(0)} ms; per 15-minute interval (${callHistory(month, { intervalSeconds: 900 }).intervals.length} intervals) ${quarterHours.toFixed(0)} / ${quarterCpu.toFixed(0)} ms`,
);
const speed: Record<string, number> = {
  calls: month.length,
  libraryHourOfDayMs: pooled,
  libraryHourOfDayCpuMs: pooledCpu,
  libraryQuarterHourMs: quarterHours,
  libraryQuarterHourCpuMs: quarterCpu,
};

const cli = join(import.meta.dirname, '../dist/cli.js');
try {
  const dir = mkdtempSync(join(tmpdir(), 'queuecast-calibration-'));
  const file = join(dir, 'month.csv');
  const iso = (t: number | undefined): string => (t === undefined ? '' : new Date(t * 1000).toISOString().slice(0, 19));
  writeFileSync(
    file,
    [
      'id,offered_at,answered_at,abandoned_at,ended_at,priority,agent,type',
      ...month.map((c) =>
        [
          c.id,
          iso(c.offeredAt),
          iso(c.answeredAt),
          iso(c.abandonedAt),
          iso(c.endedAt),
          c.priority ?? 0,
          c.agent ?? '',
          c.callType ?? '',
        ].join(','),
      ),
    ].join('\n'),
  );
  const wall = time(
    () =>
      execFileSync(process.execPath, [cli, 'history', file, '--interval', '1h', '--pool', 'day', '--json'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    5,
  );
  console.log(`CLI wall time, queuecast history on the 35,000-call CSV (median of 5): ${wall.toFixed(0)} ms`);
  speed.cliWallMs = wall;
} catch (error) {
  console.log(`CLI wall time not measured (${(error as Error).message.split('\n')[0]}); run \`npm run build\` first`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ results, speed }, null, 2));
