import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { QueueEvent, QueueTracker, WaitEstimate } from '../../../src/index.js';
import { announce, createCentreTracker, createQueueTracker, restoreQueueTracker, reviseAnnouncement } from '../../../src/index.js';

/** What a caller hears when the tracker knows of no agent, per built-in language. */
const NO_TIME: Record<string, string> = {
  en: 'An agent will answer you as soon as possible.',
  es: 'Un agente le atenderá lo antes posible.',
  fr: 'Un conseiller va vous répondre dès que possible.',
  de: 'Ein Mitarbeiter ist so bald wie möglich für Sie da.',
  el: 'Ένας εκπρόσωπος θα σας εξυπηρετήσει το συντομότερο δυνατό.',
  hi: 'एक एजेंट जल्द से जल्द आपसे बात करेगा।',
  ur: 'ایک نمائندہ جلد از جلد آپ سے بات کرے گا۔',
  ar: 'سيجيب عليك أحد الموظفين في أقرب وقت ممكن.',
};

const throughJson = (t: QueueTracker): QueueTracker => restoreQueueTracker(JSON.parse(JSON.stringify(t.snapshot())));

/** A fresh tracker given only a handle time, after a restart without a snapshot, with one caller waiting. */
function restarted(): QueueTracker {
  const t = createQueueTracker({ handleTime: 240 });
  t.record({ type: 'joined', time: 0, id: 'a' });
  return t;
}

describe('a tracker told of no agent: staffing unknown, no time announced', () => {
  it('createQueueTracker({ handleTime }) with no agent event: the first caller hears no time in every built-in language, in text and SSML', () => {
    const estimate = restarted().estimate('a') as WaitEstimate;
    expect(estimate.staffing).toBe('unknown');
    // the numbers stay those of no answering capacity known: never NaN
    expect([estimate.mean, estimate.sd, estimate.quantile(0.8), estimate.cdf(60), estimate.probAnswered]).toEqual([
      Infinity,
      Infinity,
      Infinity,
      0,
      0,
    ]);
    for (const [language, text] of Object.entries(NO_TIME)) {
      const said = announce(estimate, { locale: language });
      expect(said).toEqual({ text, seconds: Infinity, kind: 'unknown' });
      expect(announce(estimate, { locale: language, ssml: true }).text).toBe(`<speak xml:lang="${language}">${text}</speak>`);
    }
    expect(announce(estimate, { locale: 'en', callbackKey: 1 }).text).toBe(
      `${NO_TIME.en} Press 1 and we will call you back, without losing your place.`,
    );
    expect(announce(restarted().predict()).kind).toBe('unknown');
    expect(restarted().estimateAll()[0]?.estimate.staffing).toBe('unknown');
  });

  it('an answered (even naming its agent), or an agent not followed logging out, says nothing of how many: the staffing stays unknown', () => {
    const t = restarted();
    expect(t.record({ type: 'agent', time: 0, agent: 'bob', state: 'logged-out' }).ok).toBe(true);
    t.record({ type: 'joined', time: 1, id: 'b' });
    expect(t.record({ type: 'answered', time: 5, id: 'a', agent: 'ann' }).ok).toBe(true);
    expect(announce(t.estimate('b') as WaitEstimate).kind).toBe('unknown');
  });

  it('after an agent logs in (login or agent event), the caller hears a time', () => {
    for (const event of [
      { type: 'login', time: 1 },
      { type: 'agent', time: 1, agent: 'ann', state: 'on-call' },
    ] as QueueEvent[]) {
      const t = restarted();
      expect(t.record(event).ok).toBe(true);
      const estimate = t.estimate('a') as WaitEstimate;
      expect(estimate.staffing).toBeUndefined();
      // one agent on 4-minute calls: about 5 minutes at the 80% quantile (7 when the agent is on a call)
      expect(announce(estimate).text).toMatch(/^Your wait is about [57] minutes\.$/);
    }
  });

  it('0 agents once agents were known (all logged out, or agents: 0 given) is a wait without end: "more than 20 minutes", as before', () => {
    const t = restarted();
    t.record({ type: 'login', time: 1, count: 2 });
    t.record({ type: 'logout', time: 2, count: 2 });
    expect(t.stats().agents).toBe(0);
    expect(announce(t.estimate('a') as WaitEstimate).text).toBe('Your wait is more than 20 minutes.');
    const given = createQueueTracker({ agents: 0, handleTime: 240 });
    given.record({ type: 'joined', time: 0, id: 'a' });
    expect(announce(given.estimate('a') as WaitEstimate).kind).toBe('over');
  });

  it('snapshot and restore (through JSON) keep the staffing known or unknown', () => {
    const unknown = throughJson(restarted());
    expect(unknown.estimate('a')?.staffing).toBe('unknown');
    const known = restarted();
    known.record({ type: 'login', time: 1 });
    known.record({ type: 'logout', time: 2 });
    const restored = throughJson(known);
    expect(announce(restored.estimate('a') as WaitEstimate).kind).toBe('over');
    expect(throughJson(createQueueTracker({ agents: 0 })).predict().staffing).toBeUndefined();
  });

  it('a snapshot without the field (written before it) restores as known, as it announced; a bad one names it', () => {
    const snapshot = JSON.parse(JSON.stringify(restarted().snapshot()));
    delete snapshot.state.queue.staffingKnown;
    expect(announce(restoreQueueTracker(snapshot).estimate('a') as WaitEstimate).kind).toBe('over');
    snapshot.state.queue.staffingKnown = 1;
    expect(() => restoreQueueTracker(snapshot)).toThrow(/snapshot\.state\.queue\.staffingKnown/);
  });

  it('reviseAnnouncement: nothing is counted down from a wait told without a time; the first timed estimate is announced afresh', () => {
    const t = restarted();
    const first = reviseAnnouncement(t.estimate('a') as WaitEstimate, undefined);
    expect(first.kind).toBe('unknown');
    expect(reviseAnnouncement(t.estimate('a') as WaitEstimate, { announcement: first, elapsed: 30 })).toEqual(first);
    t.record({ type: 'login', time: 1 });
    const timed = t.estimate('a') as WaitEstimate;
    expect(reviseAnnouncement(timed, { announcement: first, elapsed: 30 })).toEqual(announce(timed));
  });

  it('a phrase table of its own without `unknown` takes the built-in sentence of its language, with it its own', () => {
    const estimate = restarted().estimate('a') as WaitEstimate;
    const table = {
      language: 'de',
      now: 'n',
      underMinute: 'u',
      under: '{d}',
      about: '{d}',
      over: '{d}',
      range: '{range}',
      callback: '{key}',
    };
    expect(announce(estimate, { phrases: table }).text).toBe(NO_TIME.de);
    expect(announce(estimate, { phrases: { ...table, language: 'it' } }).text).toBe(NO_TIME.en);
    expect(announce(estimate, { phrases: { ...table, language: 'pt', unknown: 'Aguarde, por favor.' } }).text).toBe('Aguarde, por favor.');
    expect(() => announce(estimate, { phrases: { ...table, unknown: 3 as never } })).toThrow(/options\.phrases\.unknown/);
  });

  it('a centre: a queue told of no agent of its own announces no time; once its agents log in, a time', () => {
    const centre = createCentreTracker({ queues: { sales: { handleTime: 240 }, support: { handleTime: 240 } } });
    centre.record({ type: 'joined', time: 0, id: 'a', queue: 'sales' });
    centre.record({ type: 'login', time: 1, queue: 'support', count: 2 });
    expect(announce(centre.estimate('a') as WaitEstimate).kind).toBe('unknown');
    expect(announce(centre.queue('support').predict()).kind).not.toBe('unknown');
    centre.record({ type: 'login', time: 2, queue: 'sales', count: 1 });
    expect(announce(centre.estimate('a') as WaitEstimate).kind).toBe('about');
  });
});

type Step =
  | { kind: 'join' }
  | { kind: 'answer' }
  | { kind: 'abandon' }
  | { kind: 'complete' }
  | { kind: 'login' }
  | { kind: 'logout' }
  | { kind: 'agent'; state: 'available' | 'logged-out' };
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.constantFrom<Step>({ kind: 'join' }, { kind: 'answer' }, { kind: 'abandon' }, { kind: 'complete' }), weight: 8 },
  {
    arbitrary: fc.constantFrom<Step>(
      { kind: 'login' },
      { kind: 'logout' },
      { kind: 'agent', state: 'available' },
      { kind: 'agent', state: 'logged-out' },
    ),
    weight: 1,
  },
);

describe('staffing known: the invariant', () => {
  test.prop([fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), fc.array(step, { maxLength: 40 })], { numRuns: 200 })(
    'an estimate says staffing unknown exactly until the agents option or an agent logging in (login, agent event in a present state), and announce then tells no time; never NaN',
    (agents, steps) => {
      const t = createQueueTracker(agents === undefined ? { handleTime: 120 } : { agents, handleTime: 120 });
      let known = agents !== undefined;
      const waiting: number[] = [];
      const inService: number[] = [];
      let next = 0;
      steps.forEach((s, i) => {
        const time = i;
        let event: QueueEvent;
        if (s.kind === 'join') {
          event = { type: 'joined', time, id: next };
          waiting.push(next++);
        } else if (s.kind === 'answer' || s.kind === 'abandon') {
          const id = waiting.shift();
          if (id === undefined) return;
          event = s.kind === 'answer' ? { type: 'answered', time, id } : { type: 'abandoned', time, id };
          if (s.kind === 'answer') inService.push(id);
        } else if (s.kind === 'complete') {
          const id = inService.shift();
          if (id === undefined) return;
          event = { type: 'completed', time, id };
        } else if (s.kind === 'agent') event = { type: 'agent', time, agent: 'ann', state: s.state };
        else event = { type: s.kind, time };
        const accepted = t.record(event).ok;
        // an agent logging in tells the staffing (a logout follows a login); one not followed logging out does not
        if (accepted && (s.kind === 'login' || (s.kind === 'agent' && s.state !== 'logged-out'))) known = true;
        const e = t.predict();
        expect(e.staffing).toBe(known ? undefined : 'unknown');
        expect(announce(e).kind === 'unknown').toBe(!known);
        for (const x of [e.mean, e.sd, e.probAnswered, e.quantile(0.8), e.cdf(60)]) expect(Number.isNaN(x)).toBe(false);
      });
      // restored, it stays as it was
      expect(throughJson(t).predict().staffing).toBe(known ? undefined : 'unknown');
    },
  );
});
