import { type QueueMetrics, type StaffingTarget, scheduledAgents } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { DEMAND_FLAGS, demandFrom, durationOpt, type FlagOptions, type FlagValues, fractionOpt, slFrom, stringFlag } from '../flags.js';
import { numberFlag } from '../parseNumberFlag.js';
import { formatTable } from '../formatTable.js';
import { formatDuration, formatPercent, toJson } from '../formatValue.js';
import { fewestAgents, teamMetrics } from '../staffingEngine.js';
import { UsageError } from '../UsageError.js';
import { describeDemand, formatPairs, metricLines, SWEEP_COLUMNS, sweepRow } from './analyze.js';

/** Flags for staffing targets (staff and plan). */
export const TARGET_FLAGS: FlagOptions = {
  sl: { type: 'string' },
  asa: { type: 'string' },
  'max-abandon': { type: 'string' },
  'max-occupancy': { type: 'string' },
  'max-wait-prob': { type: 'string' },
  shrinkage: { type: 'string', short: 's' },
};

/** Reads the staffing target from flags; 80/20 when no target flag is given. */
export function targetFrom(values: FlagValues): StaffingTarget {
  const t: StaffingTarget = {};
  const anyOther = ['asa', 'max-abandon', 'max-occupancy', 'max-wait-prob'].some((k) => stringFlag(values, k) !== undefined);
  const sl = slFrom(values, anyOther ? null : '80/20');
  if (sl !== undefined) {
    t.serviceLevel = sl.serviceLevel;
    t.answerTime = sl.answerTime;
  }
  const asa = durationOpt(values, 'asa');
  if (asa !== undefined) t.asa = asa;
  const abandon = fractionOpt(values, 'max-abandon');
  if (abandon !== undefined) t.maxAbandon = abandon;
  const occupancy = fractionOpt(values, 'max-occupancy');
  if (occupancy !== undefined) {
    if (occupancy <= 0)
      throw new UsageError(
        `--max-occupancy: expected a percentage above 0% such as 85%, got ${JSON.stringify(stringFlag(values, 'max-occupancy'))}`,
      );
    t.maxOccupancy = occupancy;
  }
  const probWait = fractionOpt(values, 'max-wait-prob');
  if (probWait !== undefined) t.maxProbWait = probWait;
  if (t.answerTime === undefined) t.answerTime = 20;
  return t;
}

/** A short description of a target, e.g. `80% within 20s, abandon ≤ 5%`. */
export function describeTarget(t: StaffingTarget): string {
  const parts: string[] = [];
  if (t.serviceLevel !== undefined) parts.push(`${formatPercent(t.serviceLevel, 0)} within ${formatDuration(t.answerTime ?? 0)}`);
  if (t.asa !== undefined) parts.push(`ASA ≤ ${formatDuration(t.asa)}`);
  if (t.maxAbandon !== undefined) parts.push(`abandon ≤ ${formatPercent(t.maxAbandon, 1)}`);
  if (t.maxProbWait !== undefined) parts.push(`P(wait) ≤ ${formatPercent(t.maxProbWait, 0)}`);
  if (t.maxOccupancy !== undefined) parts.push(`occupancy ≤ ${formatPercent(t.maxOccupancy, 0)}`);
  return parts.join(', ');
}

const BINDING_WORDS: Record<string, string> = {
  serviceLevel: 'the service-level target',
  asa: 'the ASA target',
  maxAbandon: 'the abandonment cap',
  maxProbWait: 'the P(wait) cap',
  maxOccupancy: 'the occupancy cap',
  stability: 'stability (an Erlang C team needs more agents than Erlangs)',
  none: 'no target (no calls)',
};

/** Words for the binding target's name. */
export function bindingWords(name: string): string {
  return BINDING_WORDS[name] ?? name;
}

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
    throw new UsageError(
      `no team of up to 10,000,000 ${c === 1 ? 'agents' : 'conversation slots'} meets ${describeTarget(target)}; loosen the target`,
    );
  }
  const n = answer.agents;
  const scheduled = scheduledAgents(n, shrinkage);
  // the teams around the answer, in whole agents (each c slots)
  const first = Math.max(0, n - 2);
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
        binding: answer.binding,
        metrics: answer.metrics,
        neighbours,
      }),
    );
    return;
  }
  io.out(`${describeDemand(demand, c === 1 ? 'calls' : 'chats')}\ntarget: ${describeTarget(target)}\n\n`);
  const where = c === 1 ? 'on the phones' : `at ${c} chats each, ${answer.slots} conversation slots`;
  io.out(`${n} agents ${where} (set by ${bindingWords(answer.binding)}; ${answer.fractionalAgents.toFixed(2)} fractional)\n`);
  if (shrinkage > 0) io.out(`${scheduled} agents scheduled with ${formatPercent(shrinkage, 0)} shrinkage\n`);
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
