import { analyze, type QueueMetrics } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { queueOf } from '../engine/staffingEngine.js';
import { DEMAND_FLAGS, demandFrom, type FlagValues, slFrom, stringFlag } from '../flags/flags.js';
import { numberFlag, rangeFlag } from '../flags/parseNumberFlag.js';
import { formatTable } from '../output/formatTable.js';
import { formatDuration, formatPercent, toJson } from '../output/formatValue.js';
import { describeDemand, formatPairs, metricLines, SWEEP_COLUMNS, sweepRow } from '../output/queueMetricsText.js';
import { UsageError } from '../UsageError.js';

function run(values: FlagValues, _positionals: readonly string[], io: Output): void {
  const demand = demandFrom(values);
  const sl = slFrom(values);
  const answerTime = sl?.answerTime ?? 20;
  const sweep = stringFlag(values, 'sweep');
  if (sweep !== undefined) {
    if (stringFlag(values, 'agents') !== undefined) throw new UsageError('--agents and --sweep: give one of them, not both');
    const { from, to } = rangeFlag('sweep', sweep, 10_000);
    const rows: QueueMetrics[] = [];
    for (let n = from; n <= to; n++) rows.push(analyze(queueOf(demand, n), { answerTime }));
    if (values.json === true) {
      io.out(toJson({ demand, target: sl, rows }));
      return;
    }
    io.out(`${describeDemand(demand)}\n\n`);
    io.out(formatTable(SWEEP_COLUMNS, rows.map(sweepRow)));
    return;
  }
  const agentsText = stringFlag(values, 'agents');
  if (agentsText === undefined) throw new UsageError('--agents is required (e.g. --agents 42), or --sweep 41..50 for a table');
  const agents = numberFlag('agents', agentsText, { integer: true });
  const m = analyze(queueOf(demand, agents), { answerTime });
  if (values.json === true) {
    io.out(
      toJson({ demand, target: sl, metrics: m, meetsTarget: sl === undefined ? undefined : (m.serviceLevel ?? 0) >= sl.serviceLevel }),
    );
    return;
  }
  io.out(`${describeDemand(demand)}\n\n${formatPairs(metricLines(m))}`);
  if (sl !== undefined && m.serviceLevel !== undefined) {
    const ok = m.serviceLevel >= sl.serviceLevel;
    io.out(
      `\n${ok ? 'meets' : 'misses'} the target ${formatPercent(sl.serviceLevel, 0)} within ${formatDuration(sl.answerTime)}${ok ? '' : ` (try: queuecast staff with the same flags)`}\n`,
    );
  }
}

/** `queuecast analyze`: every metric of a team, or a table over a range of team sizes. */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'metrics of a team: service level, ASA, abandonment, occupancy (or a --sweep table)',
  positionals: [],
  options: { ...DEMAND_FLAGS, agents: { type: 'string', short: 'n' }, sl: { type: 'string' }, sweep: { type: 'string' } },
  help: `queuecast analyze — every metric of one queue and team (Erlang C, or Erlang A with --patience)

Usage:
  queuecast analyze --calls N [--interval 30m] --aht DURATION --agents N [options]
  queuecast analyze --calls N --aht DURATION --sweep LOW..HIGH [options]

Demand:
  -c, --calls N          calls forecast in the interval (or --rate calls per second)
  -i, --interval D       interval length (default 30m)
      --rate R           arrival rate in calls per second, instead of --calls/--interval
      --aht D            mean handle time (talk + hold + wrap-up)
  -p, --patience D       mean patience before a waiting caller hangs up (Erlang A);
                         leave out for Erlang C (nobody hangs up)
Team:
  -n, --agents N         agents on the phones
      --sweep A..B       a table over agents A to B instead of one team
      --sl P/T           service-level target, e.g. 80/20 = 80% answered within 20 s
                         (default 80/20; sets the answer time of the service level)
Output:
      --json             machine-readable JSON on stdout
  -h, --help             this help

Durations: 45s, 4m30s, 1h, 4:30 or a bare number of seconds. Percentages: 30% or 0.3.

Examples:
  queuecast analyze --calls 1200 --interval 30m --aht 4m30s --agents 185
  queuecast analyze --calls 1200 --aht 4m30s --agents 185 --patience 3m --sl 80/20
  queuecast analyze --calls 300 --aht 4m --sweep 41..50
  queuecast analyze --rate 0.5 --aht 180 --agents 95 --json
`,
  run,
};
