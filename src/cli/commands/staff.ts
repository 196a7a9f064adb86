import { type QueueMetrics, type StaffingTarget, scheduledAgents } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { fewestAgents, teamMetrics } from '../engine/staffingEngine.js';
import { DEMAND_FLAGS, demandFrom, type FlagValues, fractionOpt, stringFlag } from '../flags/flags.js';
import { numberFlag } from '../flags/parseNumberFlag.js';
import { TARGET_FLAGS, targetFrom } from '../flags/targetFlags.js';
import { agentsNoun } from '../output/agentWords.js';
import { bindingWords, describeTarget } from '../output/describeTarget.js';
import { formatTable } from '../output/formatTable.js';
import { formatPercent, toJson } from '../output/formatValue.js';
import { describeDemand, formatPairs, metricLines, SWEEP_COLUMNS, sweepRow } from '../output/queueMetricsText.js';
import { UsageError } from '../UsageError.js';

/** Each target flag with the part of the target it sets (undefined when that part is not set). */
const TARGET_PARTS: readonly (readonly [string, (t: StaffingTarget) => StaffingTarget | undefined])[] = [
  ['sl', (t) => (t.serviceLevel === undefined ? undefined : { serviceLevel: t.serviceLevel, answerTime: t.answerTime ?? 20 })],
  ['asa', (t) => (t.asa === undefined ? undefined : { asa: t.asa, answerTime: t.answerTime ?? 20 })],
  ['max-abandon', (t) => (t.maxAbandon === undefined ? undefined : { maxAbandon: t.maxAbandon, answerTime: t.answerTime ?? 20 })],
  ['max-occupancy', (t) => (t.maxOccupancy === undefined ? undefined : { maxOccupancy: t.maxOccupancy, answerTime: t.answerTime ?? 20 })],
  ['max-wait-prob', (t) => (t.maxProbWait === undefined ? undefined : { maxProbWait: t.maxProbWait, answerTime: t.answerTime ?? 20 })],
];

/** Most conversations one agent handles at once. */
const MAX_CONCURRENCY = 100;

function run(values: FlagValues, _p: readonly string[], io: Output): void {
  const demand = demandFrom(values);
  const target = targetFrom(values);
  const shrinkage = fractionOpt(values, 'shrinkage', true) ?? 0;
  const concText = stringFlag(values, 'concurrency');
  const c = concText === undefined ? 1 : numberFlag('concurrency', concText, { integer: true, positive: true });
  if (c > MAX_CONCURRENCY)
    throw new UsageError(
      `--concurrency: expected an integer from 1 to ${MAX_CONCURRENCY} conversations per agent, got ${JSON.stringify(concText)}`,
    );
  const answer = fewestAgents(demand, target, c);
  if (answer === undefined) {
    const team = `no team of up to 10,000,000 ${c === 1 ? 'agents' : 'conversation slots'}`;
    // name the target flag that no team meets on its own, as the user wrote it
    const blamed = TARGET_PARTS.find(([flag, part]) => {
      const alone = part(target);
      return stringFlag(values, flag) !== undefined && alone !== undefined && fewestAgents(demand, alone, c) === undefined;
    });
    if (blamed !== undefined) {
      const [flag] = blamed;
      throw new UsageError(
        `--${flag}: expected a target that some team of up to 10,000,000 ${c === 1 ? 'agents' : 'conversation slots'} meets, got ${JSON.stringify(stringFlag(values, flag))}; loosen it`,
      );
    }
    throw new UsageError(`${team} meets ${describeTarget(target)} together; loosen one of the targets`);
  }
  const n = answer.agents;
  const scheduled = scheduledAgents(n, shrinkage);
  // the teams around the answer, in whole agents (each c slots)
  const first = Math.max(0, n - 2);
  // no calls: no target decides the answer (as in a plan), not stability
  const binding = demand.arrivalRate === 0 ? 'none' : answer.binding;
  const neighbours: QueueMetrics[] = [];
  for (let k = first; k <= n + 2; k++) neighbours.push(k === n ? answer.metrics : teamMetrics(demand, k * c, target));
  if (values.json === true) {
    const chat = c === 1 ? {} : { concurrency: c, slots: answer.slots };
    io.out(
      toJson({
        demand,
        target,
        shrinkage,
        agents: n,
        ...chat,
        fractionalAgents: answer.fractionalAgents,
        scheduled,
        binding,
        metrics: answer.metrics,
        neighbours,
      }),
    );
    return;
  }
  io.out(`${describeDemand(demand, c === 1 ? 'calls' : 'chats')}\ntarget: ${describeTarget(target)}\n\n`);
  const where = c === 1 ? 'on the phones' : `at ${c} chats each, ${answer.slots} conversation slots`;
  io.out(
    `${n} ${agentsNoun(n)} ${where} (set by ${bindingWords(binding, answer.metrics.model)}; ${answer.fractionalAgents.toFixed(2)} fractional)\n`,
  );
  if (shrinkage > 0) io.out(`${scheduled} ${agentsNoun(scheduled)} scheduled with ${formatPercent(shrinkage, 0)} shrinkage\n`);
  const lines = metricLines(answer.metrics);
  if (c > 1) lines[0] = ['conversation slots', String(answer.slots)];
  io.out(`\n${formatPairs(lines)}\nneighbouring teams${c === 1 ? '' : ` (occupancy per slot)`}:\n`);
  const rows = neighbours.map((m, i) => {
    const r = sweepRow(m);
    const k = first + i;
    r[0] = k === n ? `▶ ${k}` : String(k);
    return r;
  });
  io.out(formatTable(SWEEP_COLUMNS, rows));
}

/** `queuecast staff`: the fewest agents meeting a target. */
export const staffCommand: Command = {
  name: 'staff',
  summary: 'fewest agents for a target (service level, ASA, abandonment, occupancy cap, shrinkage)',
  positionals: [],
  options: { ...DEMAND_FLAGS, ...TARGET_FLAGS, concurrency: { type: 'string' } },
  help: `queuecast staff — the fewest agents that meet every target, which target decides, and the
teams around the answer

Usage:
  queuecast staff --calls N [--interval 30m] --aht DURATION [--patience D] [targets] [--shrinkage P]

Demand:
  -c, --calls N            calls forecast in the interval (or --rate calls per second)
  -i, --interval D         interval length (default 30m)
      --rate R             arrival rate in calls per second
      --aht D              mean handle time
  -p, --patience D         mean patience (Erlang A); leave out for Erlang C
      --concurrency C      chat: conversations one agent handles at once (default 1: voice);
                           --aht is then the mean conversation length at that concurrency
Targets (all given must hold; default --sl 80/20 when none is given):
      --sl P/T             service level, e.g. 80/20 = 80% answered within 20 s
      --asa D              average speed of answer at most D
      --max-abandon P      at most this share of callers hang up, e.g. 5%
      --max-occupancy P    agents busy at most this share of the time, e.g. 85%
      --max-wait-prob P    at most this share of callers wait at all
  -s, --shrinkage P        share of paid time off the phones (breaks, training, absence),
                           e.g. 30%: scheduled = ceil(agents / (1 − shrinkage))
Output:
      --json               machine-readable JSON
  -h, --help               this help

Examples:
  queuecast staff --calls 1200 --interval 30m --aht 4m30s --sl 80/20
  queuecast staff --calls 1200 --aht 4m30s --patience 3m --sl 80/20 --max-abandon 3% --shrinkage 30%
  queuecast staff --rate 0.5 --aht 3m --asa 15s --max-occupancy 85% --json
  queuecast staff --calls 300 --aht 10m --concurrency 3 --sl 80/60
`,
  run,
};
