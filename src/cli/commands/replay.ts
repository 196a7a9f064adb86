import { type ReplayMethod, type ReplayTable, replay } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { durationOpt, type FlagValues, fractionOpt } from '../flags/flags.js';
import { formatTable } from '../output/formatTable.js';
import { formatPercent, toJson } from '../output/formatValue.js';
import { CALL_LOG_FLAGS, CALL_LOG_HELP, readCallLogFile } from '../readers/readCallLogFile.js';
import { UsageError } from '../UsageError.js';

const METHODS: readonly ReplayMethod[] = ['auto', 'model', 'les', 'hol', 'history', 'asterisk', 'genesys'];
const seconds = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');

/** One table: a row per method with RMSE, MAE, bias, coverage and the short-for-long share. */
function methodTable(t: ReplayTable): string {
  const rows = METHODS.map((m) => {
    const f = t[m];
    return [
      m,
      String(f.count),
      seconds(f.rmse),
      seconds(f.mae),
      seconds(f.bias),
      formatPercent(f.coverage),
      formatPercent(f.predictedZero),
      Number.isNaN(f.shortForLongWaits) ? '–' : formatPercent(f.shortForLongWaits),
    ];
  });
  const headers = ['method', 'callers', 'RMSE s', 'MAE s', 'bias s', 'within announced', 'told zero', 'told < 5 s, waited ≥ 30 s'];
  return formatTable(
    headers.map((header, i) => ({ header, align: i === 0 ? 'left' : 'right' })),
    rows,
  );
}

/** RMSE of every method per group (hour of day or callers ahead). */
function splitTable(label: string, groups: readonly { name: string; figures: ReplayTable }[]): string {
  const rows = groups.map((g) => [g.name, String(g.figures.auto.count), ...METHODS.map((m) => seconds(g.figures[m].rmse))]);
  return formatTable([{ header: label, align: 'left' }, { header: 'callers' }, ...METHODS.map((m) => ({ header: `${m} RMSE` }))], rows);
}

function run(values: FlagValues, positionals: readonly string[], io: Output): void {
  const file = positionals[0];
  if (file === undefined) throw new UsageError('expected a call log, e.g. queuecast replay examples/bank-calls-1999-02-01.csv');
  const quantile = fractionOpt(values, 'quantile', true) ?? 0.8;
  if (!(quantile > 0)) throw new UsageError(`--quantile: expected a share strictly between 0 and 1 such as 0.8 or 80%, got ${quantile}`);
  const agentWindow = durationOpt(values, 'agent-window') ?? 900;
  if (!(agentWindow > 0)) throw new UsageError(`--agent-window: expected a duration > 0 such as 15m, got ${agentWindow}`);
  const log = readCallLogFile(file, values, io);
  const result = replay(log.calls, { tracker: { announceQuantile: quantile }, agentWindow });
  if (values.json === true) {
    io.out(toJson({ file, format: log.format, skipped: log.skipped, warnings: log.warnings, quantile, agentWindow, ...result }));
    return;
  }
  const c = result.calls;
  io.out(
    `replay of ${file}: ${c.total} calls (${log.format}); ${c.waitedAnswered} waited and were answered, ${c.answeredAtOnce} answered at once, ${c.abandoned} abandoned\n`,
  );
  io.out(
    `predicted when each caller joined; announced = the ${formatPercent(quantile, 0)} quantile; agents: each named agent within ${agentWindow / 60} min of a call\n\n`,
  );
  io.out(`${methodTable(result.overall)}\n`);
  io.out(
    `${splitTable(
      'callers ahead',
      result.byQueueLength.map((g) => ({ name: g.ahead, figures: g.figures })),
    )}\n`,
  );
  io.out(
    `${splitTable(
      'hour',
      result.byHour.map((g) => ({ name: `${String(g.hour).padStart(2, '0')}:00`, figures: g.figures })),
    )}`,
  );
}

/** `queuecast replay`: every wait predictor scored on a centre's own call log. */
export const replayCommand: Command = {
  name: 'replay',
  summary: 'score every wait predictor and the platforms\u2019 formulas on a call log, before going live',
  positionals: ['calls.csv'],
  options: {
    quantile: { type: 'string', short: 'q' },
    'agent-window': { type: 'string' },
    ...CALL_LOG_FLAGS,
  },
  help: `queuecast replay — replays a call log through the live tracker, as a telephony backend would
feed it, and scores every wait predictor on the callers who waited and were answered

Usage:
  queuecast replay CALLS.csv [--quantile 0.8] [--agent-window 15m] [--json]
  (CALLS: the per-call CSV of https://github.com/queuecast/queuecast/blob/main/docs/sections/call-log.md,
  an Asterisk queue_log or the SEE lab's per-call log, plain or gzip; - reads stdin)

Per method: RMSE, MAE and bias of the wait predicted when the caller joined, the share answered
within the announced time, the share told "no wait", and the share told under 5 s among callers who
then waited 30 s or more. Methods: the tracker's auto, model, les, hol and history predictors, and
the platforms' formulas: asterisk (hold time averaged as (3·old + new)/4) and genesys (handle time ×
(position + 1) ÷ agents × (1 − recent abandon share)). Then RMSE by callers ahead on arrival and by
hour of day.

Flags:
  -q, --quantile Q      the announced quantile (default 0.8)
      --agent-window D  agents are taken as logged in within D of their calls (default 15m)
${CALL_LOG_HELP}Output:
      --json            every figure, overall and per split, as JSON
  -h, --help            this help

Examples:
  queuecast replay examples/bank-calls-1999-02-01.csv
  queuecast replay examples/bank-calls-1999-02-01.csv --quantile 90% --json
`,
  run,
};
