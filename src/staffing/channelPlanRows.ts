import { nonNegative, positive, positiveOrInfinite } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { Channel, ChannelInterval, ChannelIntervalPlan } from './ChannelPlanTypes.js';
import { checkIntervalList } from './checkIntervalList.js';
import { deferredPlan } from './deferredPlan.js';
import { requiredChatAgents } from './requiredChatAgents.js';
import type { StaffingTarget } from './StaffingTarget.js';
import { scheduledAgentsKernel } from './scheduledAgents.js';
import { staffingPlan } from './staffingPlan.js';

/** Shrinkage (a total) and availability of a plan, checked. @internal */
export interface GrossUp {
  shrinkage: number;
  availability: number;
}

/** Agents on shift and to schedule for `agents` working: the gross-up of `staffingPlan`. */
function grossed(agents: number, g: GrossUp): { staffedAgents: number; scheduledAgents: number } {
  return {
    staffedAgents: scheduledAgentsKernel(agents, 1 - g.availability),
    scheduledAgents: scheduledAgentsKernel(agents / g.availability, g.shrinkage),
  };
}

/** The fields that place a row: its input index, channel, start, length and contacts. */
function where(
  index: number,
  channel: Channel,
  span: { start: number; length: number; calls: number },
): Pick<ChannelIntervalPlan, 'index' | 'channel' | 'start' | 'length' | 'calls'> {
  return { index, channel, start: span.start, length: span.length, calls: span.calls };
}

/** Voice rows with `staffingPlan`; errors name `intervals[k]` of `rows`. @internal */
export function voiceRows(
  rows: readonly ChannelInterval[],
  indices: readonly number[],
  target: StaffingTarget,
  g: GrossUp,
  options: { method?: 'sipp' | 'offeredLoad'; fractionalTolerance?: number },
): ChannelIntervalPlan[] {
  const plan = staffingPlan(rows, target, { ...options, shrinkage: g.shrinkage, availability: g.availability });
  return plan.intervals.map((p, k) => ({
    ...where(indices[k] as number, 'voice', p),
    handleTime: p.handleTime,
    load: p.load,
    agents: p.agents,
    fractionalAgents: p.fractionalAgents,
    binding: p.binding,
    staffedAgents: p.staffedAgents,
    scheduledAgents: p.scheduledAgents,
    ...(p.calls > 0 && p.metrics.serviceLevel !== undefined && { serviceLevel: p.metrics.serviceLevel }),
    asa: p.metrics.asa,
    probAbandon: p.metrics.probAbandon,
    occupancy: p.metrics.occupancy,
  }));
}

/** `requiredChatAgents`' parameter as the chat interval's (or the options') field. */
function chatParameter(parameter: string, k: number, ownConcurrency: boolean, ownTarget: boolean): string {
  if (parameter.startsWith('target')) return ownTarget ? `options.chatTarget${parameter.slice('target'.length)}` : parameter;
  if (parameter === 'options.concurrency') return ownConcurrency ? `intervals[${k}].concurrency` : parameter;
  if (parameter === 'demand.arrivalRate') return `intervals[${k}].calls`;
  return parameter.startsWith('demand') ? `intervals[${k}]${parameter.slice('demand'.length)}` : parameter;
}

/** Chat rows, each with `requiredChatAgents`; errors name `intervals[k]` of `rows`. @internal */
export function chatRows(
  rows: readonly ChannelInterval[],
  indices: readonly number[],
  target: StaffingTarget,
  g: GrossUp,
  options: { concurrency?: number; chatTarget?: StaffingTarget },
): ChannelIntervalPlan[] {
  const checked = checkIntervalList(rows, (v, name, span) => ({
    ...span,
    calls: nonNegative(`${name}.calls`, v.calls),
    handleTime: positive(`${name}.handleTime`, v.handleTime),
    patience: v.patience === undefined ? Infinity : positiveOrInfinite(`${name}.patience`, v.patience),
    concurrency: v.concurrency as number | undefined,
  }));
  const chatTarget = options.chatTarget ?? target;
  return checked.map((r, k) => {
    const arrivalRate = r.calls / r.length;
    const demand = { arrivalRate, handleTime: r.handleTime, patience: r.patience };
    let a: ReturnType<typeof requiredChatAgents>;
    try {
      a = requiredChatAgents(demand, chatTarget, { concurrency: r.concurrency ?? options.concurrency ?? 2 });
    } catch (e) {
      if (!(e instanceof QueueInputError)) throw e;
      const parameter = chatParameter(e.parameter, k, r.concurrency !== undefined, options.chatTarget !== undefined);
      throw new QueueInputError(parameter, e.value, e.expected, e.code);
    }
    return {
      ...where(indices[k] as number, 'chat', r),
      handleTime: r.handleTime,
      load: arrivalRate * r.handleTime,
      agents: a.agents,
      fractionalAgents: a.fractionalAgents,
      binding: a.binding,
      ...grossed(a.agents, g),
      ...(r.calls > 0 && a.metrics.serviceLevel !== undefined && { serviceLevel: a.metrics.serviceLevel }),
      asa: a.metrics.asa,
      probAbandon: a.metrics.probAbandon,
      occupancy: a.metrics.occupancy,
      concurrency: a.concurrency,
    };
  });
}

/**
 * Email rows with `deferredPlan`: one response time for every row (its own or `responseTime`),
 * one handle time for the day (the item-weighted mean); errors name `intervals[k]` of `rows`. @internal
 */
export function emailRows(
  rows: readonly ChannelInterval[],
  indices: readonly number[],
  g: GrossUp,
  responseTime: number | undefined,
): ChannelIntervalPlan[] {
  let promise: number | undefined;
  const checked = checkIntervalList(rows, (v, name, span) => {
    const own = v.responseTime === undefined ? undefined : positive(`${name}.responseTime`, v.responseTime);
    if (promise === undefined) {
      promise = own ?? responseTime;
      if (promise === undefined) {
        throw new QueueInputError(`${name}.responseTime`, undefined, 'a response-time promise in seconds (or options.responseTime)');
      }
    } else if (own !== undefined && own !== promise) {
      throw new QueueInputError(
        `${name}.responseTime`,
        own,
        `the promise of intervals[0] (${promise} s): every email interval promises the same`,
      );
    }
    return { ...span, items: nonNegative(`${name}.calls`, v.calls), handleTime: positive(`${name}.handleTime`, v.handleTime) };
  });
  const promised = promise as number;
  let items = 0;
  let work = 0;
  for (const r of checked) {
    items += r.items;
    work += r.items * r.handleTime;
  }
  const handleTime = items > 0 ? work / items : (checked[0] as { handleTime: number }).handleTime;
  const plan = deferredPlan(checked, { handleTime, responseTime: promised });
  return plan.intervals.map((p, k) => ({
    ...where(indices[k] as number, 'email', { start: p.start, length: p.length, calls: p.items }),
    handleTime,
    load: (p.items * handleTime) / p.length,
    agents: p.agents,
    fractionalAgents: p.fractionalAgents,
    binding: 'deadline',
    ...grossed(p.agents, g),
    serviceLevel: p.latestResponse <= promised + 1e-6 ? 1 : 0,
    probAbandon: 0,
    occupancy: p.occupancy,
    responseTime: promised,
    backlog: p.backlog,
    latestResponse: p.latestResponse,
  }));
}
