import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type ChannelInterval,
  channelPlan,
  deferredPlan,
  QueueInputError,
  requiredChatAgents,
  scheduledAgents,
  staffingPlan,
} from '../../src/index.js';

const target = { serviceLevel: 0.8, answerTime: 20 };
const voice = (start: number, calls: number): ChannelInterval => ({ start, length: 1800, calls, handleTime: 180 });
const chat = (start: number, calls: number): ChannelInterval => ({ start, length: 1800, calls, handleTime: 600, channel: 'chat' });
const email = (start: number, calls: number): ChannelInterval => ({ start, length: 3600, calls, handleTime: 300, channel: 'email' });

describe('channelPlan', () => {
  it('plans each channel by its own model: voice as staffingPlan, chat as requiredChatAgents, email as deferredPlan', () => {
    const plan = channelPlan([email(0, 60), voice(0, 100), chat(0, 300), voice(1800, 200), email(3600, 0)], target, {
      concurrency: 3,
      responseTime: 3600,
    });
    expect(plan.intervals.map((r) => [r.index, r.channel])).toEqual([
      [0, 'email'],
      [1, 'voice'],
      [2, 'chat'],
      [3, 'voice'],
      [4, 'email'],
    ]);
    const sipp = staffingPlan([voice(0, 100), voice(1800, 200)], target);
    expect([plan.intervals[1]?.agents, plan.intervals[3]?.agents]).toEqual(sipp.intervals.map((r) => r.agents));
    const chatAnswer = requiredChatAgents({ arrivalRate: 300 / 1800, handleTime: 600 }, target, { concurrency: 3 });
    expect(plan.intervals[2]?.agents).toBe(chatAnswer.agents);
    expect(plan.intervals[2]?.concurrency).toBe(3);
    const deferred = deferredPlan(
      [
        { start: 0, length: 3600, items: 60 },
        { start: 3600, length: 3600, items: 0 },
      ],
      { handleTime: 300, responseTime: 3600 },
    );
    expect([plan.intervals[0]?.agents, plan.intervals[4]?.agents]).toEqual(deferred.intervals.map((r) => r.agents));
    expect(plan.intervals[0]?.binding).toBe('deadline');
    expect(plan.intervals[0]).not.toHaveProperty('asa'); // not defined for email: absent, not NaN
    expect(plan.intervals[1]?.asa).toBeGreaterThan(0);
    expect(plan.totals.intervals).toBe(5);
    expect(plan.totals.calls).toBe(660);
  });

  it('grosses every channel up the way staffingPlan does: ⌈agents / (availability × (1 − shrinkage))⌉', () => {
    const plan = channelPlan([voice(0, 100), chat(0, 300), email(0, 60), email(3600, 0)], target, {
      shrinkage: 0.3,
      availability: 0.7,
      responseTime: 3600,
    });
    const sipp = staffingPlan([voice(0, 100)], target, { shrinkage: 0.3, availability: 0.7 });
    expect(plan.intervals[0]?.scheduledAgents).toBe(sipp.intervals[0]?.scheduledAgents);
    expect(plan.intervals[0]?.staffedAgents).toBe(sipp.intervals[0]?.staffedAgents);
    for (const r of plan.intervals) {
      expect(r.scheduledAgents).toBe(scheduledAgents(r.agents / 0.7, 0.3));
      expect(r.staffedAgents).toBe(r.agents === 0 ? 0 : Math.ceil(r.agents / 0.7 - 1e-9));
    }
  });

  it('sums the channels at one start for the peak, and weights service level by voice and chat contacts only', () => {
    const plan = channelPlan([voice(0, 100), chat(0, 300), voice(1800, 150)], target);
    const atZero = (plan.intervals[0]?.scheduledAgents ?? 0) + (plan.intervals[1]?.scheduledAgents ?? 0);
    expect(plan.totals.peakStart).toBe(0);
    expect(plan.totals.peakScheduledAgents).toBe(atZero);
    const weighted = plan.intervals.reduce((sum, r) => sum + (r.serviceLevel ?? 0) * r.calls, 0) / 550;
    expect(plan.totals.serviceLevel).toBeCloseTo(weighted, 12);
  });

  it('leaves out the service level of an interval without contacts (not 100%)', () => {
    const plan = channelPlan([voice(0, 0), voice(1800, 100)], target);
    expect(plan.intervals[0]?.serviceLevel).toBeUndefined();
    expect(plan.intervals[0]?.binding).toBe('none');
    expect(plan.intervals[1]?.serviceLevel).toBeGreaterThan(0.8);
  });

  it("names the input's interval, not the channel's: errors keep the caller's numbering", () => {
    const late = (): unknown => channelPlan([voice(0, 10), email(0, 5), email(3600, 5)], target);
    expect(late).toThrow(QueueInputError);
    expect(late).toThrow(/^intervals\[1\]\.responseTime must be a response-time promise/);
    const mixed = (): unknown => channelPlan([email(0, 5), { ...email(3600, 5), responseTime: 7200 }], target, { responseTime: 3600 });
    expect(mixed).toThrow(/^intervals\[1\]\.responseTime must be the promise of intervals\[0\] \(3600 s\)/);
    expect(() => channelPlan([chat(0, 10), voice(0, 10), chat(0, 10)], target)).toThrow(/^intervals\[2\]\.start must be at least 1800/);
    expect(() => channelPlan([voice(0, 10), { ...chat(0, 10), handleTime: -1 }], target)).toThrow(/^intervals\[1\]\.handleTime/);
    expect(() => channelPlan([voice(0, 10), { ...voice(1800, 1), channel: 'fax' as 'voice' }], target)).toThrow(
      /^intervals\[1\]\.channel must be 'voice', 'chat' or 'email'/,
    );
  });

  it('names the option: chat target, concurrency, availability', () => {
    expect(() => channelPlan([chat(0, 10)], target, { chatTarget: { asa: 0 } })).toThrow(/^options\.chatTarget\.asa/);
    expect(() => channelPlan([chat(0, 10)], target, { concurrency: 1.5 })).toThrow(/^options\.concurrency/);
    expect(() => channelPlan([{ ...chat(0, 10), concurrency: 0 }], target)).toThrow(/^intervals\[0\]\.concurrency/);
    expect(() => channelPlan([voice(0, 10)], target, { availability: 1.5 })).toThrow(/^options\.availability/);
    expect(() => channelPlan([voice(0, 10)], target, { availability: 1e-18 })).toThrow(/^options\.availability/);
    expect(() => channelPlan([], target)).toThrow(/^intervals must be a non-empty array/);
  });

  test.prop([fc.array(fc.nat({ max: 400 }), { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 0.5, noNaN: true })])(
    'a voice-only plan is staffingPlan, row for row',
    (calls, shrinkage) => {
      const rows = calls.map((c, i) => voice(i * 1800, c));
      const plan = channelPlan(rows, target, { shrinkage });
      const sipp = staffingPlan(rows, target, { shrinkage });
      expect(plan.intervals.map((r) => [r.agents, r.scheduledAgents])).toEqual(sipp.intervals.map((r) => [r.agents, r.scheduledAgents]));
      expect(plan.totals.scheduledAgentHours).toBeCloseTo(sipp.totals.scheduledAgentHours, 9);
    },
  );
});
