import { basename } from 'node:path';
import type { Estimate } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { planFile } from '../engine/planFile.js';
import { simulatePlan } from '../engine/simulatePlan.js';
import { type FlagValues, stringFlag } from '../flags/flags.js';
import { TARGET_FLAGS } from '../flags/targetFlags.js';
import { describeTarget } from '../output/describeTarget.js';
import { formatPercent, toJson } from '../output/formatValue.js';
import { channelNote, chartPoints, openAtEnd, planCsv, planRowsJson, planTable, planTotalsText } from '../output/planOutput.js';
import { renderChart } from '../output/renderChart.js';
import { writeFileAtomic } from '../output/writeFileAtomic.js';
import { UsageError } from '../UsageError.js';

async function run(values: FlagValues, positionals: readonly string[], io: Output): Promise<void> {
  const file = positionals[0];
  if (file === undefined) throw new UsageError('expected a forecast CSV file, e.g. queuecast plan examples/forecast-day.csv');
  if (values.simulate !== true) {
    for (const flag of ['replications', 'seed']) {
      if (stringFlag(values, flag) !== undefined)
        throw new UsageError(`--${flag}: only used with --simulate (add --simulate or leave --${flag} out)`);
    }
  }
  const { plan, shrinkage, availability, shift, target, method } = planFile(file, values);
  const sim = values.simulate === true ? await simulatePlan(plan, target.answerTime ?? 20, values, io) : undefined;
  if (sim?.intervals !== undefined) {
    const voice = plan.rows.filter((r) => r.channel === 'voice');
    sim.intervals.forEach((m, i) => {
      const row = voice[i];
      if (row !== undefined && m.serviceLevel !== undefined) row.simulatedServiceLevel = m.serviceLevel;
    });
  }
  const csvPath = stringFlag(values, 'csv');
  const chartPath = stringFlag(values, 'chart');
  if (csvPath !== undefined) {
    if (csvPath === '-') io.out(planCsv(plan));
    else writeFileAtomic(csvPath, planCsv(plan), 'csv');
  }
  if (chartPath !== undefined) {
    const title =
      stringFlag(values, 'title') ?? `Staffing plan: ${file === '-' ? 'standard input' : basename(file)} (${describeTarget(target)})`;
    const note = channelNote(plan);
    writeFileAtomic(chartPath, renderChart(chartPoints(plan), { title, ...(note !== undefined && { note }) }), 'chart');
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
    const estimateText = (e: Estimate | undefined): string =>
      e === undefined ? '–' : `${formatPercent(e.value)} [${formatPercent(e.lower)}, ${formatPercent(e.upper)}]`;
    io.out(
      `simulated         service level ${estimateText(sim.serviceLevel)}, abandoned ${estimateText(sim.probAbandon)} (${sim.samples} replications of the day, seed ${sim.seed}; 95% CI)\n`,
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
      --quiet             no progress line on the terminal while --simulate runs
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
