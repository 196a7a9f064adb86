// The staffing calculator (index.html): every input change recomputes at once, in this frame.
import { agentsNoun, stabilityWords } from '../../src/cli/output/agentWords.js';
import { formatDuration, formatNumber, formatPercent } from '../../src/cli/output/formatValue.js';
import type { QueueMetrics, StaffingTarget } from '../../src/index.js';
import { type Answer, answer, type Curves, curves, type Scenario } from './calculate.js';
import { byId, clearInputError, inputNumber, inputText, renderTable, requiredNumber, show, showInputError } from './dom.js';
import { lineChart } from './lineChart.js';
import { bindForm } from './urlState.js';

const FIELDS = [
  'calls',
  'calls-per',
  'interval',
  'aht',
  'patience',
  'sl',
  'answer-time',
  'asa',
  'max-abandon',
  'max-occupancy',
  'shrinkage',
];

/** The input a library parameter comes from, to mark it invalid. */
const FIELD_OF: Readonly<Record<string, string>> = {
  count: 'calls',
  intervalSeconds: 'interval',
  'demand.handleTime': 'aht',
  'demand.patience': 'patience',
  'target.serviceLevel': 'sl',
  'target.answerTime': 'answer-time',
  'target.asa': 'asa',
  'target.maxAbandon': 'max-abandon',
  'target.maxOccupancy': 'max-occupancy',
  shrinkage: 'shrinkage',
};

const BINDING: Readonly<Record<string, string>> = {
  serviceLevel: 'service level',
  asa: 'ASA',
  maxAbandon: 'abandonment',
  maxOccupancy: 'occupancy cap',
  maxProbWait: 'probability of waiting',
};

const COLORS = { erlangC: '#1f4e79', erlangA: '#b3261e' };

/** A percentage input as a fraction (undefined when empty). */
function fraction(id: string): number | undefined {
  const value = inputNumber(id);
  return value === undefined ? undefined : value / 100;
}

/** The scenario in the form. */
function readScenario(): Scenario {
  const target: StaffingTarget = {};
  const sl = fraction('sl');
  const answerTime = sl === undefined ? inputNumber('answer-time') : requiredNumber('answer-time');
  const asa = inputNumber('asa');
  const maxAbandon = fraction('max-abandon');
  const maxOccupancy = fraction('max-occupancy');
  if (sl !== undefined) target.serviceLevel = sl;
  if (answerTime !== undefined) target.answerTime = answerTime;
  if (asa !== undefined) target.asa = asa;
  if (maxAbandon !== undefined) target.maxAbandon = maxAbandon;
  if (maxOccupancy !== undefined) target.maxOccupancy = maxOccupancy;
  if ([sl, asa, maxAbandon, maxOccupancy].every((x) => x === undefined))
    throw new Error('give a target: a service level, an ASA, an abandonment or an occupancy cap');
  const callsPer = inputText('calls-per') === 'hour' ? 'hour' : 'interval';
  return {
    calls: requiredNumber('calls'),
    callsPer,
    intervalMinutes: callsPer === 'hour' ? 60 : requiredNumber('interval'),
    handleTime: requiredNumber('aht'),
    patience: inputNumber('patience'),
    target,
    shrinkage: fraction('shrinkage') ?? 0,
  };
}

/** What decided the answer, in words ('stability' is Erlang C's; any queue with calls needs one agent, none without). */
function bindingWords(a: Answer): string {
  const { binding, agents, metrics } = a.result;
  if (binding !== 'stability') return BINDING[binding] ?? binding;
  if (agents === 0) return 'no calls';
  return stabilityWords(metrics.model);
}

/** Shows every metric of the answer (text for people, the exact number in data-value). */
function showAnswer(a: Answer): void {
  const m = a.result.metrics;
  show('out-agents', String(a.result.agents), a.result.agents);
  byId('agents-noun').textContent = agentsNoun(a.result.agents);
  show('out-scheduled', String(a.scheduled), a.scheduled);
  show('out-model', m.model === 'erlang-a' ? 'Erlang A' : 'Erlang C', m.model);
  show('out-binding', bindingWords(a), a.result.binding);
  show('out-fractional', formatNumber(a.result.fractionalAgents, 3), a.result.fractionalAgents);
  show('out-load', `${formatNumber(m.load, 3)} Erlangs`, m.load);
  const sl = m.serviceLevel ?? Number.NaN;
  show('out-service-level', m.answerTime === undefined ? '–' : `${formatPercent(sl)} in ${formatDuration(m.answerTime)}`, sl);
  show('out-asa', formatDuration(m.asa), m.asa);
  show('out-abandon', formatPercent(m.probAbandon), m.probAbandon);
  show('out-occupancy', formatPercent(m.occupancy), m.occupancy);
  show('out-prob-wait', formatPercent(m.probWait), m.probWait);
  show('out-mean-wait', formatDuration(m.meanWait), m.meanWait);
  show('out-queue-length', formatNumber(m.meanQueueLength, 2), m.meanQueueLength);
  const c = a.erlangC;
  show('out-agents-erlang-c', c === undefined ? 'the same model' : `${c.agents} ${agentsNoun(c.agents)}`, c?.agents);
}

/** Every output back to a dash (the inputs have no answer). */
function clearAnswer(): void {
  for (const element of document.querySelectorAll<HTMLElement>('.results [id^="out-"]')) {
    if (element.id !== 'out-error') show(element.id, '–');
  }
  byId('agents-noun').textContent = agentsNoun(Number.NaN);
  byId('calc-chart').replaceChildren();
  byId<HTMLTableElement>('calc-chart-table').replaceChildren();
}

/** The three panels of the chart and the table behind them. */
function showCurves(c: Curves, agents: number): void {
  const both = (pick: (m: QueueMetrics) => number) => [
    { name: 'Erlang C', values: c.erlangC.map(pick), color: COLORS.erlangC, dashed: true },
    ...(c.erlangA === undefined ? [] : [{ name: 'Erlang A', values: c.erlangA.map(pick), color: COLORS.erlangA }]),
  ];
  const finite = [...c.erlangC, ...(c.erlangA ?? [])].map((m) => m.asa).filter((x) => Number.isFinite(x));
  const asaMax = Math.max(1, Math.min(Math.max(...finite, 1), 4 * (c.erlangA?.[0]?.asa ?? 60)));
  const abandonMax = Math.max(0.01, ...(c.erlangA ?? []).map((m) => m.probAbandon));
  const base = { x: c.agents, xLabel: 'agents on the phones', marker: agents };
  byId('calc-chart').innerHTML = [
    lineChart({
      ...base,
      title: `Service level (${formatDuration(c.answerTime)})`,
      series: both((m) => m.serviceLevel ?? 0),
      yMax: 1,
      format: (y) => `${Math.round(y * 100)}%`,
    }),
    lineChart({ ...base, title: 'ASA (s)', series: both((m) => m.asa), yMax: asaMax, format: (y) => formatNumber(y, 1) }),
    lineChart({
      ...base,
      title: 'Abandonment',
      series: both((m) => m.probAbandon),
      yMax: abandonMax,
      format: (y) => formatPercent(y, abandonMax < 0.04 ? 1 : 0),
    }),
  ].join('');
  const headers = [
    'agents',
    'SL Erlang C',
    'ASA Erlang C',
    ...(c.erlangA === undefined ? [] : ['SL Erlang A', 'ASA Erlang A', 'abandon Erlang A']),
  ];
  const rows = c.agents.map((n, i) => {
    const mc = c.erlangC[i] as QueueMetrics;
    const ma = c.erlangA?.[i];
    const row = [String(n), formatPercent(mc.serviceLevel ?? 0), formatDuration(mc.asa)];
    return ma === undefined ? row : [...row, formatPercent(ma.serviceLevel ?? 0), formatDuration(ma.asa), formatPercent(ma.probAbandon)];
  });
  renderTable(byId<HTMLTableElement>('calc-chart-table'), headers, rows);
}

/** Recomputes everything from the form: synchronous, so the answer is on screen in the same frame. */
function update(): void {
  clearInputError('out-error', FIELDS);
  try {
    const a = answer(readScenario());
    showAnswer(a);
    showCurves(curves(a), a.result.agents);
  } catch (e) {
    showInputError('out-error', e, FIELD_OF);
    clearAnswer();
  }
}

bindForm('calculator', FIELDS, update);
