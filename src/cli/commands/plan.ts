import { basename } from 'node:path';
import { type Estimate, type PlanSimResult, simulate } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { type FlagValues, durationOpt, fractionOpt, str } from '../flags.js';
import { csvCell, formatTable } from '../formatTable.js';
import { joinLines } from '../joinLines.js';
import { formatDuration, formatNumber, formatPercent, toJson } from '../formatValue.js';
import { type Plan, type PlanRow, type PlanSettings, planForecast } from '../planForecast.js';
import { serviceLevelFlag } from '../parseServiceLevel.js';
import { readForecast, type ForecastDefaults } from '../readForecast.js';
import { readInputFile } from '../readInputFile.js';
import { type ChartPoint, renderChart } from '../renderChart.js';
import { numberFlag } from '../parseNumberFlag.js';
import { UsageError } from '../UsageError.js';
import { writeFileAtomic } from '../writeFileAtomic.js';
import { MAX_BUDGET, seedFrom } from './simulate.js';
import { describeTarget, TARGET_FLAGS, targetFrom } from './staff.js';

function fastNumber(x: number, digits: number): string {
  return Number.isInteger(x) ? String(x) : formatNumber(x, digits);
}

/**
 * What an infinite latest response time means: some items of the interval are still open when the
 * plan ends (their promise falls after its horizon), so their answer time is not known within it.
 */
export const OPEN_AT_END = 'open at the end of the plan: due after it, carried over';

/** The email backlog still open when the plan ends, or 0. */
export function openAtEnd(plan: Plan): number {
  const email = plan.rows.filter((r) => r.channel === 'email');
  return email[email.length - 1]?.backlog ?? 0;
}

/** The plan as CSV text (one row per interval; seconds and fractions). */
export function planCsv(plan: Plan): string {
  const header =
    'start,channel,calls,aht_s,patience_s,load,required,fractional_agents,scheduled,binding,service_level,asa_s,abandon,occupancy,backlog,latest_response_s,latest_response_note\n';
  return (
    header +
    joinLines(plan.rows.length, (i) => {
      const r = plan.rows[i] as PlanRow;
      const email = r.channel === 'email';
      return (
        `${csvCell(r.start)},${r.channel},${fastNumber(r.calls, 4)},${fastNumber(r.handleTime, 3)},` +
        `${r.patience === null ? '' : fastNumber(r.patience, 3)},${r.load.toFixed(3)},${r.required},` +
        `${r.fractionalAgents.toFixed(3)},${r.scheduled},${r.binding},${email ? '' : r.serviceLevel.toFixed(4)},` +
        `${email ? '' : Number.isFinite(r.asa) ? r.asa.toFixed(2) : 'inf'},${r.probAbandon.toFixed(4)},${r.occupancy.toFixed(4)},` +
        `${r.backlog === undefined ? '' : fastNumber(r.backlog, 2)},` +
        `${r.latestResponse === undefined ? '' : Number.isFinite(r.latestResponse) ? r.latestResponse.toFixed(0) : 'inf'},` +
        `${r.latestResponse === Infinity ? OPEN_AT_END : ''}`
      );
    })
  );
}

/** The plan as an aligned table for people. */
export function planTable(plan: Plan): string {
  const multi = plan.rows.some((r) => r.channel !== plan.rows[0]?.channel);
  const hasEmail = plan.rows.some((r) => r.channel === 'email');
  const simulated = plan.rows.some((r) => r.simulatedServiceLevel !== undefined);
  const cols = [
    { header: 'start', align: 'left' as const },
    ...(multi ? [{ header: 'channel', align: 'left' as const }] : []),
    { header: 'calls' },
    { header: 'AHT' },
    { header: 'load' },
    { header: 'agents' },
    { header: 'scheduled' },
    { header: 'SL' },
    { header: 'ASA' },
    { header: 'abandon' },
    { header: 'occupancy' },
    ...(hasEmail ? [{ header: 'backlog' }, { header: 'latest' }] : []),
    ...(plan.rows.some((r) => r.simulatedServiceLevel !== undefined) ? [{ header: 'sim SL' }] : []),
  ];
  const hasPatience = plan.rows.some((r) => r.patience !== null);
  const rows = plan.rows.map((r) => [
    r.start,
    ...(multi ? [r.channel] : []),
    formatNumber(r.calls, 1),
    formatDuration(r.handleTime),
    r.load.toFixed(1),
    String(r.required),
    String(r.scheduled),
    r.channel === 'email' ? '–' : formatPercent(r.serviceLevel),
    r.channel === 'email' ? '–' : formatDuration(r.asa),
    hasPatience && r.channel !== 'email' ? formatPercent(r.probAbandon) : '–',
    formatPercent(r.occupancy),
    ...(hasEmail
      ? [r.backlog === undefined ? '' : formatNumber(r.backlog, 1), r.latestResponse === undefined ? '' : formatDuration(r.latestResponse)]
      : []),
    ...(simulated ? [r.simulatedServiceLevel === undefined ? '–' : formatPercent(r.simulatedServiceLevel.value)] : []),
  ]);
  const open = openAtEnd(plan);
  const note = plan.rows.some((r) => r.latestResponse === Infinity)
    ? `\nlatest ∞: some emails of that interval are still open when the plan ends (${formatNumber(open, 1)} carried over, due after its end), so their answer time lies beyond the plan.\n`
    : '';
  return formatTable(cols, rows) + note;
}

/** Totals in words, one `label  value` line each. */
export function planTotalsText(plan: Plan, shrinkage: number, shift: number): string {
  const t = plan.totals;
  const lines: [string, string][] = [
    ['intervals', String(t.intervals)],
    ['contacts', formatNumber(t.calls, 1)],
    [
      'agent-hours',
      `${formatNumber(t.requiredHours, 1)} on the phones, ${formatNumber(t.scheduledHours, 1)} scheduled${shrinkage > 0 ? ` (${formatPercent(shrinkage, 0)} shrinkage)` : ''}`,
    ],
    [`FTE (${formatDuration(shift)} shifts)`, formatNumber(t.fte, 1)],
    ['peak', `${t.peak.scheduled} scheduled (${t.peak.required} on the phones) at ${t.peak.start}`],
    [
      'service level',
      `${formatPercent(t.serviceLevel)} (weighted by calls${plan.rows.some((r) => r.channel === 'chat') ? ' and chats' : ''})`,
    ],
    ['ASA', formatDuration(t.asa)],
    ['abandoned', formatPercent(t.probAbandon)],
  ];
  const open = openAtEnd(plan);
  if (open > 0) lines.push(['email carried over', `${formatNumber(open, 1)} open when the plan ends (due after it; latest ∞)`]);
  const width = Math.max(...lines.map(([label]) => label.length)) + 2;
  return lines.map(([label, value]) => `${label.padEnd(width)}${value}\n`).join('');
}

/**
 * The rows for JSON: email rows leave out what does not apply to them (service level, ASA), and an
 * infinite latest response time carries its meaning in `latestResponseNote`.
 */
export function planRowsJson(plan: Plan): object[] {
  return plan.rows.map((r) => {
    if (r.channel !== 'email') return r;
    const { serviceLevel: _sl, asa: _asa, ...rest } = r;
    return r.latestResponse === Infinity ? { ...rest, latestResponseNote: OPEN_AT_END } : rest;
  });
}

/** Chart points: all channels summed per start. */
export function chartPoints(plan: Plan): ChartPoint[] {
  const byStart = new Map<number, ChartPoint>();
  for (const r of plan.rows) {
    const p = byStart.get(r.startSeconds);
    if (p === undefined)
      byStart.set(r.startSeconds, {
        start: r.startSeconds,
        length: r.length,
        calls: r.calls,
        required: r.required,
        scheduled: r.scheduled,
      });
    else {
      p.calls += r.calls;
      p.required += r.required;
      p.scheduled += r.scheduled;
      if (r.length < p.length) p.length = r.length;
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** Reads the forecast file and plans it; shared with the demo. */
export function planFile(
  file: string,
  values: FlagValues,
): {
  plan: Plan;
  shrinkage: number;
  availability: number;
  shift: number;
  target: ReturnType<typeof targetFrom>;
  method: 'sipp' | 'offeredLoad';
} {
  const target = targetFrom(values);
  const shrinkage = fractionOpt(values, 'shrinkage', true) ?? 0;
  const availability = fractionOpt(values, 'availability') ?? 1;
  if (!(availability > 0))
    throw new UsageError(`--availability: expected a fraction above 0 such as 64%, got ${JSON.stringify(str(values, 'availability'))}`);
  const methodText = (str(values, 'method') ?? 'sipp').toLowerCase();
  const method = methodText === 'sipp' ? 'sipp' : methodText === 'offered-load' || methodText === 'offeredload' ? 'offeredLoad' : undefined;
  if (method === undefined) throw new UsageError(`--method: expected sipp or offered-load, got ${JSON.stringify(str(values, 'method'))}`);
  const defaults: ForecastDefaults = {};
  const length = durationOpt(values, 'interval');
  if (length !== undefined) {
    if (length <= 0)
      throw new UsageError(`--interval: expected a positive duration such as 30m, got ${JSON.stringify(str(values, 'interval'))}`);
    defaults.length = length;
  }
  const aht = durationOpt(values, 'aht');
  if (aht !== undefined) {
    if (aht <= 0) throw new UsageError(`--aht: expected a positive duration such as 4m30s, got ${JSON.stringify(str(values, 'aht'))}`);
    defaults.handleTime = aht;
  }
  const patience = durationOpt(values, 'patience');
  if (patience !== undefined) {
    if (patience <= 0)
      throw new UsageError(`--patience: expected a positive duration such as 3m, got ${JSON.stringify(str(values, 'patience'))}`);
    defaults.patience = patience;
  }
  const shift = durationOpt(values, 'shift') ?? 8 * 3600;
  if (!(shift > 0))
    throw new UsageError(`--shift: expected a positive duration such as 7h30m, got ${JSON.stringify(str(values, 'shift'))}`);
  const forecast = readForecast(file, readInputFile(file), defaults);
  // fractional agents appear in CSV (three decimals) and JSON (full precision), not in the table
  const fractionalTolerance = values.json === true ? 1e-9 : str(values, 'csv') !== undefined ? 5e-5 : Infinity;
  // Scheduled agents answer only `availability` of their time on shift and are on shift only
  // (1 − shrinkage) of it: one combined gross-up, 1 − (1 − shrinkage) × availability.
  const settings: PlanSettings = { shrinkage: 1 - (1 - shrinkage) * availability, method, concurrency: 2, fractionalTolerance, shift };
  const conc = str(values, 'concurrency');
  if (conc !== undefined) settings.concurrency = numberFlag('concurrency', conc, { integer: true, positive: true });
  const chatSl = str(values, 'chat-sl');
  if (chatSl !== undefined) {
    const sl = serviceLevelFlag('chat-sl', chatSl);
    settings.chatTarget = { ...target, serviceLevel: sl.serviceLevel, answerTime: sl.answerTime };
  }
  const response = durationOpt(values, 'email-response');
  if (response !== undefined) {
    if (response <= 0)
      throw new UsageError(
        `--email-response: expected a positive duration such as 4h, got ${JSON.stringify(str(values, 'email-response'))}`,
      );
    settings.responseTime = response;
  }
  return { plan: planForecast(file, forecast.rows, target, settings), shrinkage, availability, shift, target, method };
}

/** Simulates the plan (each interval at its required agents) from an empty queue, replicated. */
export function simulatePlan(plan: Plan, answerTime: number, values: FlagValues): PlanSimResult {
  const reps = str(values, 'replications');
  const replications = reps === undefined ? 10 : numberFlag('replications', reps, { integer: true });
  if (replications < 2 || replications > 1000) {
    throw new UsageError(`--replications: expected an integer from 2 to 1000, got ${JSON.stringify(reps)}`);
  }
  const rows = plan.rows.filter((r) => r.channel === 'voice');
  if (rows.length === 0) throw new UsageError('--simulate: the forecast has no voice rows to simulate');
  // The same budget as `queuecast simulate`: a run of seconds, not hours.
  const perDay = rows.reduce((sum, r) => sum + r.calls, 0);
  if (!(perDay * replications <= MAX_BUDGET)) {
    throw new UsageError(
      `--simulate: expected at most ${MAX_BUDGET} calls to simulate (calls of the voice rows × --replications), got ${formatNumber(perDay, 0)} × ${replications}; lower --replications or simulate part of the day`,
    );
  }
  const contiguous = rows.every(
    (r, i) => i === 0 || Math.abs((rows[i - 1] as PlanRow).startSeconds + (rows[i - 1] as PlanRow).length - r.startSeconds) < 1e-6,
  );
  const intervals = rows.map((r) => {
    const iv: { start?: number; length: number; calls: number; agents: number; handleTime: number; patience?: number } = {
      length: r.length,
      calls: r.calls,
      agents: r.required,
      handleTime: r.handleTime,
    };
    if (contiguous) iv.start = r.startSeconds - (rows[0] as PlanRow).startSeconds;
    if (r.patience !== null) iv.patience = r.patience;
    return iv;
  });
  return simulate({ handleTime: (rows[0] as PlanRow).handleTime, intervals }, { seed: seedFrom(values), replications, answerTime });
}

function run(values: FlagValues, positionals: readonly string[], io: Output): void {
  const file = positionals[0];
  if (file === undefined) throw new UsageError('expected a forecast CSV file, e.g. queuecast plan examples/forecast-day.csv');
  if (values.simulate !== true) {
    for (const flag of ['replications', 'seed']) {
      if (str(values, flag) !== undefined)
        throw new UsageError(`--${flag}: only used with --simulate (add --simulate or leave --${flag} out)`);
    }
  }
  const { plan, shrinkage, availability, shift, target, method } = planFile(file, values);
  const sim = values.simulate === true ? simulatePlan(plan, target.answerTime ?? 20, values) : undefined;
  if (sim?.intervals !== undefined) {
    const voice = plan.rows.filter((r) => r.channel === 'voice');
    sim.intervals.forEach((m, i) => {
      const row = voice[i];
      if (row !== undefined && m.serviceLevel !== undefined) row.simulatedServiceLevel = m.serviceLevel;
    });
  }
  const csvPath = str(values, 'csv');
  const chartPath = str(values, 'chart');
  if (csvPath !== undefined) {
    if (csvPath === '-') io.out(planCsv(plan));
    else writeFileAtomic(csvPath, planCsv(plan), 'csv');
  }
  if (chartPath !== undefined) {
    const title = str(values, 'title') ?? `Staffing plan: ${file === '-' ? 'standard input' : basename(file)} (${describeTarget(target)})`;
    writeFileAtomic(chartPath, renderChart(chartPoints(plan), { title }), 'chart');
  }
  if (values.json === true) {
    const simulated =
      sim === undefined
        ? undefined
        : { seed: sim.seed, replications: sim.samples, serviceLevel: sim.serviceLevel, probAbandon: sim.probAbandon, asa: sim.asa };
    const carriedOver = openAtEnd(plan);
    io.out(
      toJson({
        file,
        method,
        target,
        shrinkage,
        availability,
        intervals: planRowsJson(plan),
        totals: { ...plan.totals, ...(carriedOver > 0 && { emailOpenAtEnd: carriedOver }) },
        simulated,
      }),
    );
    return;
  }
  if (csvPath === '-') return;
  io.out(
    `plan for ${file}: ${describeTarget(target)}${shrinkage > 0 ? `, ${formatPercent(shrinkage, 0)} shrinkage` : ''}${availability < 1 ? `, ${formatPercent(availability, 0)} availability` : ''}${method === 'offeredLoad' ? ', offered-load method' : ''}\n\n`,
  );
  if (csvPath === undefined) io.out(`${planTable(plan)}\n`);
  io.out(planTotalsText(plan, shrinkage, shift));
  if (sim !== undefined) {
    const est = (e: Estimate | undefined): string =>
      e === undefined ? '–' : `${formatPercent(e.value)} [${formatPercent(e.lower)}, ${formatPercent(e.upper)}]`;
    io.out(
      `simulated         service level ${est(sim.serviceLevel)}, abandoned ${est(sim.probAbandon)} (${sim.samples} replications of the day, seed ${sim.seed}; 95% CI)\n`,
    );
  }
  if (csvPath !== undefined) io.out(`\nplan written to ${csvPath}\n`);
  if (chartPath !== undefined) io.out(`${csvPath === undefined ? '\n' : ''}chart written to ${chartPath}\n`);
}

/** `queuecast plan`: a day or week of intervals from a CSV forecast to a staffing plan. */
export const planCommand: Command = {
  name: 'plan',
  summary: 'a staffing plan for every interval of a CSV forecast: table, CSV, JSON and an SVG chart',
  positionals: ['forecast.csv'],
  options: {
    ...TARGET_FLAGS,
    interval: { type: 'string', short: 'i' },
    aht: { type: 'string' },
    patience: { type: 'string', short: 'p' },
    csv: { type: 'string' },
    chart: { type: 'string' },
    title: { type: 'string' },
    method: { type: 'string', short: 'm' },
    concurrency: { type: 'string' },
    'chat-sl': { type: 'string' },
    'email-response': { type: 'string' },
    shift: { type: 'string' },
    availability: { type: 'string' },
    simulate: { type: 'boolean' },
    replications: { type: 'string' },
    seed: { type: 'string' },
  },
  help: `queuecast plan — a staffing plan for every interval of a forecast (SIPP: each interval on
its own at the fewest agents meeting the target, then grossed up for shrinkage)

Usage:
  queuecast plan FORECAST.csv [targets] [--shrinkage P] [--csv OUT.csv] [--chart PLAN.svg] [--json]
  (FORECAST.csv may be - for standard input)

The forecast: one row per interval, a header line, comma, semicolon or tab separated.
  start     required  08:30, 2024-05-06 08:30 or ISO 8601  (also: time, interval, period, from)
  calls     required  calls forecast in the interval       (also: volume, offered, contacts)
  aht       required  mean handle time: 270, 4m30s or 4:30 (also: handle_time, handle);
                      or give --aht for every row
  end       optional  interval end, or length: 30m / 1800  (default: the spacing of the starts)
  patience  optional  mean patience (Erlang A); or --patience for every row
  channel   optional  voice (default), chat or email
  concurrency  chat   conversations per agent (or --concurrency, default 2)
  deadline     email  response-time promise, e.g. 4h (or --email-response)
Bare numbers in duration columns are seconds; a unit suffix in the header changes that
(aht_min, handle_time_seconds, length_minutes). Intervals must be sorted and must not overlap.

Targets (all given must hold; default --sl 80/20):
      --sl P/T            e.g. 80/20 = 80% answered within 20 s
      --asa D             average speed of answer at most D
      --max-abandon P     e.g. 5%
      --max-occupancy P   e.g. 85%
      --max-wait-prob P   share of callers who wait at all
  -s, --shrinkage P       e.g. 30%: scheduled = ceil(agents / (1 − shrinkage))
      --availability P    share of agents on shift who answer calls (default 100%), e.g. 64%
                          from \`queuecast history\`: scheduled = ceil(agents / (P × (1 − shrinkage)))
      --shift D           paid time of one FTE for the FTE total (default 8h), e.g. 7h30m
  -m, --method M          sipp (default: each interval on its own) or offered-load (staff for
                          the time-varying offered load, Jennings et al. 1996: better when
                          handle times are long against the interval or demand swings fast)
Chat and email rows (channel column):
      --chat-sl P/T       chat's service-level target (default: as --sl)
      --concurrency C     chats one agent handles at once (default 2)
      --email-response D  answer every email within D, e.g. 4h (backlog carried over)
Defaults for missing columns:
  -i, --interval D        interval length       --aht D   handle time    -p, --patience D
Output:
      --csv FILE          write the plan as CSV (- for stdout); the table is then not printed
      --chart FILE        write an SVG chart of calls and required/scheduled agents
      --title TEXT        the chart's title (default: the file's name and the target)
      --json              the plan and totals as JSON on stdout
Check by simulation (each interval at its required agents, from an empty queue):
      --simulate          add the simulated service level per interval and for the day
      --replications N    replications of the day (default 10; with --simulate only)
      --seed N            random seed (default 1; with --simulate only)
                          at most 50,000,000 calls in all (calls of the day × replications)
  -h, --help              this help

Files are written whole or not at all (a temporary file, then renamed).

Examples:
  queuecast plan examples/forecast-day.csv
  queuecast plan examples/forecast-day.csv --sl 80/20 --shrinkage 30% --chart plan.svg
  queuecast plan week.csv --sl 90/15 --max-abandon 3% --csv plan.csv
  queuecast plan examples/forecast-day.csv --shrinkage 35% --shift 7h30m
  queuecast plan examples/forecast-day.csv --method offered-load --chart plan.svg
  queuecast plan examples/forecast-day.csv --json > plan.json
  queuecast plan examples/forecast-day.csv --simulate --replications 20
`,
  run,
};
