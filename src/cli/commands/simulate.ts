import { analyze, type Distribution, type Estimate, type SimMetrics, type SimResult } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { simulateWithProgress } from '../engine/simulateWithProgress.js';
import { queueOf } from '../engine/staffingEngine.js';
import { DEMAND_FLAGS, demandFrom, type FlagValues, MAX_BUDGET, required, seedFrom, slFrom, stringFlag } from '../flags/flags.js';
import { rethrowAsFlag } from '../flags/libraryError.js';
import { distributionFlag } from '../flags/parseDistribution.js';
import { numberFlag } from '../flags/parseNumberFlag.js';
import { agentsNoun } from '../output/agentWords.js';
import { formatTable } from '../output/formatTable.js';
import { formatDuration, formatNumber, formatPercent, toJson } from '../output/formatValue.js';
import { describeDemand } from '../output/queueMetricsText.js';
import { UsageError } from '../UsageError.js';

const SIM_FLAGS: Record<string, string> = {
  'scenario.arrivalRate': '--calls',
  'scenario.agents': '--agents',
  'scenario.handleTime': '--aht-dist',
  'scenario.patience': '--patience-dist',
  'options.calls': '--budget',
  'options.seed': '--seed',
};

function ci(e: Estimate | undefined, show: (x: number) => string): string {
  if (e === undefined) return '–';
  return `${show(e.value)}  [${show(e.lower)}, ${show(e.upper)}]`;
}

async function run(values: FlagValues, _p: readonly string[], io: Output): Promise<void> {
  const demand = demandFrom(values);
  const agents = numberFlag('agents', required(values, 'agents', '185'), { integer: true });
  const sl = slFrom(values);
  const answerTime = sl?.answerTime ?? 20;
  const budgetText = stringFlag(values, 'budget');
  const budget = budgetText === undefined ? 200_000 : numberFlag('budget', budgetText, { integer: true, positive: true });
  if (budget > MAX_BUDGET)
    throw new UsageError(`--budget: expected at most ${MAX_BUDGET} calls (a run of a few seconds), got ${JSON.stringify(budgetText)}`);
  const seed = seedFrom(values);
  const ahtDist = stringFlag(values, 'aht-dist');
  const patDist = stringFlag(values, 'patience-dist');
  const handleTime: number | Distribution =
    ahtDist === undefined ? demand.handleTime : distributionFlag('aht-dist', ahtDist, demand.handleTime);
  let patience: number | Distribution | undefined = demand.patience;
  if (patDist !== undefined) {
    if (demand.patience === undefined) throw new UsageError('--patience-dist: needs --patience (the mean patience)');
    patience = distributionFlag('patience-dist', patDist, demand.patience);
  }
  const scenario: { arrivalRate: number; agents: number; handleTime: number | Distribution; patience?: number | Distribution } = {
    arrivalRate: demand.arrivalRate,
    agents,
    handleTime,
  };
  if (patience !== undefined) scenario.patience = patience;
  if (demand.patience === undefined && demand.arrivalRate * demand.handleTime >= agents) {
    throw new UsageError(
      `--agents: ${agents} agents cannot keep up with ${formatNumber(demand.arrivalRate * demand.handleTime)} Erlangs and nobody hangs up, so the queue grows without end; add agents or give --patience`,
    );
  }
  if (!(demand.arrivalRate > 0))
    throw new UsageError(`--${demand.calls === undefined ? 'rate' : 'calls'}: expected calls to simulate (more than 0)`);
  let result: SimResult;
  try {
    const label = `simulating ${formatNumber(budget, 0)} calls`;
    result = await simulateWithProgress({ scenario, options: { seed, calls: budget, answerTime } }, label, io.progress, io.workerUrl);
  } catch (e) {
    rethrowAsFlag(e, SIM_FLAGS);
  }
  const formula = analyze(queueOf(demand, agents), { answerTime });
  const exponential = ahtDist === undefined || /^exp/.test(ahtDist);
  if (values.json === true) {
    io.out(toJson({ demand, agents, seed, budget, scenario, simulated: result, formula }));
    return;
  }
  const shapes = `handle time ${ahtDist ?? 'exponential'}${demand.patience === undefined ? '' : `, patience ${patDist ?? 'exponential'}`}`;
  io.out(
    `${describeDemand(demand)}\n${agents} ${agentsNoun(agents)} · ${shapes} · ${result.simulatedCalls} calls simulated, seed ${seed}\n\n`,
  );
  const rows: [string, (m: SimMetrics) => Estimate | undefined, number | undefined, (x: number) => string][] = [
    [`service level (${formatDuration(answerTime)})`, (m) => m.serviceLevel, formula.serviceLevel, (x) => formatPercent(x)],
    ['P(wait)', (m) => m.probWait, formula.probWait, (x) => formatPercent(x)],
    ['ASA', (m) => m.asa, formula.asa, formatDuration],
    ['mean wait', (m) => m.meanWait, formula.meanWait, formatDuration],
    ['abandoned', (m) => m.probAbandon, formula.probAbandon, (x) => formatPercent(x)],
    ['occupancy', (m) => m.occupancy, formula.occupancy, (x) => formatPercent(x)],
    ['mean queue length', (m) => m.meanQueueLength, formula.meanQueueLength, (x) => formatNumber(x)],
  ];
  const header = exponential && (patDist === undefined || /^exp/.test(patDist)) ? 'formula (Erlang)' : 'formula (if exponential)';
  io.out(
    formatTable(
      [{ header: 'metric', align: 'left' }, { header: 'simulated  [95% CI]' }, { header }],
      rows.map(([label, get, f, show]) => [label, ci(get(result), show), f === undefined ? '–' : show(f)]),
    ),
  );
  for (const q of result.waitQuantiles) {
    if (q.p === 0.9) io.out(`\n90% of callers would be answered within ${formatDuration(q.wait.value)} if they held on (offered wait)\n`);
  }
}

/** `queuecast simulate`: a seeded simulation of one queue beside the formulas. */
export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'simulate a team (log-normal handle times, non-exponential patience) beside the formulas',
  positionals: [],
  options: {
    ...DEMAND_FLAGS,
    agents: { type: 'string', short: 'n' },
    sl: { type: 'string' },
    'aht-dist': { type: 'string' },
    'patience-dist': { type: 'string' },
    seed: { type: 'string' },
    budget: { type: 'string' },
  },
  help: `queuecast simulate — a seeded discrete-event simulation of one queue (first come, first
served), with 95% confidence intervals, beside the Erlang formulas: check a formula, or ask
"what if" where none holds (log-normal handle times, patience that is not exponential)

Usage:
  queuecast simulate --calls N [--interval 30m] --aht D --agents N [--patience D] [options]

Flags (as analyze):
  -c, --calls N            calls per interval (or --rate calls per second)
  -i, --interval D         interval length (default 30m)
      --aht D              mean handle time
  -p, --patience D         mean patience (callers hang up)
  -n, --agents N           agents
      --sl P/T             service level target; its answer time is used (default 80/20)
Simulation:
      --aht-dist SHAPE     exponential (default), deterministic, lognormal:CV, gamma:CV, erlang:K
      --patience-dist SHAPE  the same shapes for patience
      --seed N             random seed (default 1): the same seed gives the same numbers
      --budget N           calls measured after a warm-up of a tenth (default 200000)
      --json               machine-readable JSON
      --quiet              no progress line on the terminal during a long run
  -h, --help               this help

Examples:
  queuecast simulate --calls 1200 --aht 4m30s --agents 185 --patience 3m
  queuecast simulate --calls 1200 --aht 4m30s --agents 185 --patience 3m --aht-dist lognormal:1.5
  queuecast simulate --calls 300 --aht 4m --agents 45 --aht-dist deterministic --seed 7 --json
`,
  run,
};
