import { plainObject, positive, positiveOrInfinite } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { Channel, ChannelInterval, ChannelIntervalPlan, ChannelPlan, ChannelPlanOptions } from './ChannelPlanTypes.js';
import { chatRows, emailRows, type GrossUp, voiceRows } from './channelPlanRows.js';
import { channelPlanTotals } from './channelPlanTotals.js';
import type { StaffingTarget } from './StaffingTarget.js';
import { type Shrinkage, totalShrinkage } from './scheduledAgents.js';

const CHANNELS: readonly Channel[] = ['voice', 'chat', 'email'];

/** Runs one channel's planner on its rows; an error about its `intervals[k]` is renamed to the input's index. */
function inInputOrder(indices: readonly number[], availability: number, plan: () => ChannelIntervalPlan[]): ChannelIntervalPlan[] {
  try {
    return plan();
  } catch (e) {
    if (!(e instanceof QueueInputError)) throw e;
    // the only count that can overflow to ∞ is agents ÷ availability: name the option
    if (e.parameter === 'agents' && e.code === 'limit-reached') {
      throw new QueueInputError(
        'options.availability',
        availability,
        'a share large enough that the team to schedule stays finite',
        'limit-reached',
      );
    }
    const rename = (text: string): string => text.replace(/intervals\[(\d+)\]/g, (_, k: string) => `intervals[${indices[Number(k)]}]`);
    throw new QueueInputError(rename(e.parameter), e.value, rename(e.expected), e.code);
  }
}

/**
 * A staffing plan for a forecast of several channels, each staffed by its own model: voice with
 * `staffingPlan` (SIPP or the offered-load method of Jennings, Mandelbaum, Massey & Whitt 1996),
 * chat with `requiredChatAgents` (an agent handles `concurrency` conversations at once), email with
 * `deferredPlan` (every item answered within its response time, backlog carried between
 * intervals; one handle time for the day, the item-weighted mean). Every channel is grossed up the
 * same way: scheduled = ⌈agents / (availability × (1 − shrinkage))⌉. Each channel's intervals must be
 * sorted and not overlap; the channels may interleave. This is the plan `queuecast plan` prints.
 *
 * @param intervals - `{ start (s), length (s), calls, handleTime (s), patience? (s), channel?, concurrency?, responseTime? (s) }`
 * @param target - voice's target (and chat's unless `options.chatTarget`), as for `requiredAgents`
 * @param options - `{ method?, shrinkage?, shrinkageCombine?, availability?, concurrency?, chatTarget?, responseTime?, hoursPerFte?, fractionalTolerance? }`
 * @returns one row per interval in input order, and totals over every channel (the peak sums the channels at each start)
 * @throws {QueueInputError} naming the interval and field in the input's numbering
 *   (`intervals[7].responseTime`) or the option, for unsorted intervals of one channel, email
 *   intervals without one common response time, and a target no team can meet
 * @example
 * channelPlan([{ start: 0, length: 1800, calls: 100, handleTime: 180 }, { start: 0, length: 1800, calls: 300, handleTime: 600, channel: 'chat', concurrency: 3 }], { serviceLevel: 0.8, answerTime: 60 }).intervals.map((r) => r.agents); // => [13, 36]
 * channelPlan([{ start: 0, length: 3600, calls: 60, handleTime: 300, channel: 'email' }, { start: 3600, length: 3600, calls: 0, handleTime: 300, channel: 'email' }], {}, { responseTime: 3600 }).intervals.map((r) => r.agents); // => [0, 5]
 * channelPlan([{ start: 0, length: 1800, calls: 100, handleTime: 180 }], { serviceLevel: 0.8, answerTime: 20 }, { shrinkage: 0.3, availability: 0.7 }).intervals[0].scheduledAgents; // => 29
 */
export function channelPlan(intervals: readonly ChannelInterval[], target: StaffingTarget, options: ChannelPlanOptions = {}): ChannelPlan {
  if (!Array.isArray(intervals) || intervals.length === 0) {
    throw new QueueInputError('intervals', intervals, 'a non-empty array of intervals');
  }
  const o = plainObject('options', options);
  const combine = (o.shrinkageCombine ?? 'add') as 'add' | 'multiply';
  const g: GrossUp = {
    shrinkage: o.shrinkage === undefined ? 0 : totalShrinkage(o.shrinkage as Shrinkage, { shrinkageCombine: combine }),
    availability: o.availability === undefined ? 1 : positive('options.availability', o.availability),
  };
  if (g.availability > 1) throw new QueueInputError('options.availability', g.availability, 'a fraction in (0, 1]');
  const hoursPerFte = o.hoursPerFte === undefined ? 8 : positive('options.hoursPerFte', o.hoursPerFte);
  const responseTime = o.responseTime === undefined ? undefined : positive('options.responseTime', o.responseTime);
  const chatTarget = o.chatTarget === undefined ? undefined : (plainObject('options.chatTarget', o.chatTarget) as StaffingTarget);
  if (o.fractionalTolerance !== undefined) positiveOrInfinite('options.fractionalTolerance', o.fractionalTolerance);
  const lists = new Map<Channel, { rows: ChannelInterval[]; indices: number[] }>(CHANNELS.map((c) => [c, { rows: [], indices: [] }]));
  intervals.forEach((interval, i) => {
    const channel = plainObject(`intervals[${i}]`, interval).channel ?? 'voice';
    const list = lists.get(channel as Channel);
    if (list === undefined) throw new QueueInputError(`intervals[${i}].channel`, channel, "'voice', 'chat' or 'email'");
    list.rows.push(interval);
    list.indices.push(i);
  });
  const rows: ChannelIntervalPlan[] = [];
  // voice, chat, email: a plan's first error is reported in that order
  const voice = lists.get('voice') as { rows: ChannelInterval[]; indices: number[] };
  const method = o.method as 'sipp' | 'offeredLoad' | undefined;
  const fractionalTolerance = o.fractionalTolerance as number | undefined;
  if (voice.rows.length > 0) {
    const voiceOptions = { ...(method !== undefined && { method }), ...(fractionalTolerance !== undefined && { fractionalTolerance }) };
    rows.push(...inInputOrder(voice.indices, g.availability, () => voiceRows(voice.rows, voice.indices, target, g, voiceOptions)));
  }
  const chat = lists.get('chat') as { rows: ChannelInterval[]; indices: number[] };
  if (chat.rows.length > 0) {
    const concurrency = o.concurrency as number | undefined;
    const chatOptions = { ...(concurrency !== undefined && { concurrency }), ...(chatTarget !== undefined && { chatTarget }) };
    rows.push(...inInputOrder(chat.indices, g.availability, () => chatRows(chat.rows, chat.indices, target, g, chatOptions)));
  }
  const email = lists.get('email') as { rows: ChannelInterval[]; indices: number[] };
  if (email.rows.length > 0)
    rows.push(...inInputOrder(email.indices, g.availability, () => emailRows(email.rows, email.indices, g, responseTime)));
  rows.sort((a, b) => a.index - b.index);
  return { intervals: rows, totals: channelPlanTotals(rows, hoursPerFte) };
}
