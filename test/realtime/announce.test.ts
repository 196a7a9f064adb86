import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { WaitEstimate } from '../../src/index.js';
import { announce, estimateWait, offerCallback, QueueInputError, reviseAnnouncement } from '../../src/index.js';

/** A wait that is exactly `s` seconds (every statistic is s). */
const fixed = (s: number): WaitEstimate => ({ mean: s, sd: 0, probAnswered: 1, quantile: () => s, cdf: (t) => (t >= s ? 1 : 0) });
/** A wait whose p-quantile is lo + (hi − lo)·p. */
const spread = (lo: number, hi: number): WaitEstimate => ({
  mean: (lo + hi) / 2,
  sd: (hi - lo) / 3.5,
  probAnswered: 1,
  quantile: (p) => lo + (hi - lo) * p,
  cdf: (t) => Math.min(1, Math.max(0, (t - lo) / (hi - lo))),
});

/** A tracker's estimate before it knows of any agent: no answering capacity, staffing unknown. */
const unknownStaffing: WaitEstimate = { ...fixed(Infinity), sd: Infinity, probAnswered: 0, staffing: 'unknown' };

const LOCALES: Record<string, string[]> = {
  en: ['en', 'en-GB'],
  es: ['es', 'es-MX'],
  fr: ['fr', 'fr-CA'],
  de: ['de', 'de-AT'],
  hi: ['hi', 'hi-u-nu-deva'],
  el: ['el'],
  ur: ['ur', 'ur-u-nu-arabext'],
  ar: ['ar', 'ar-EG', 'ar-u-nu-arab'],
};

/** Every kind and unit, the plural forms 1, 2, 3, 5, 11, 15, 20, and SSML, for one locale. */
function sheet(locale: string): string {
  const lines: string[] = [];
  const row = (label: string, e: WaitEstimate, options: Parameters<typeof announce>[1] = {}) => {
    const a = announce(e, { locale, ...options });
    lines.push(`${label} | ${a.kind} | ${a.seconds} | ${a.text}`);
  };
  row('zero wait', fixed(0));
  row('40 s, floor 60 s', fixed(40));
  row('20 s, floor 30 s', fixed(20), { floor: 30 });
  for (const s of [61, 100, 150, 290, 600, 650, 880, 1200]) row(`${s} s`, fixed(s));
  row('21 min, cap 20 min', fixed(1260));
  row('cap 60 min', fixed(4000), { cap: 3600 });
  row('2 h, cap 3 h', fixed(7000), { cap: 10800 });
  row('range q0.2–q0.9 of 100–460 s', spread(100, 460), { rangeFrom: 0.2, statistic: 0.9 });
  row('range q0.05–q0.95 of 640–1210 s', spread(640, 1210), { rangeFrom: 0.05, statistic: 0.95 });
  row('call-back offer', fixed(700), { callbackKey: 1 });
  row('SSML', fixed(300), { ssml: true });
  row('staffing unknown', unknownStaffing);
  row('staffing unknown, SSML', unknownStaffing, { ssml: true });
  return `${lines.join('\n')}\n`;
}

describe('announce(estimate, { locale }) snapshots (reviewed per locale)', () => {
  for (const [language, tags] of Object.entries(LOCALES)) {
    it(`announce(…, { locale: '${language}' }) matches test/realtime/locales/${language}.txt`, async () => {
      const text = tags.map((tag) => `# ${tag}\n${sheet(tag)}`).join('\n');
      await expect(text).toMatchFileSnapshot(`./locales/${language}.txt`);
    });
  }
});

const seconds = fc.double({ min: 1e-3, max: 20_000, noNaN: true });
const localeTag = fc.constantFrom('en', 'es', 'fr', 'de', 'hi', 'el', 'ur', 'ar', 'hi-u-nu-deva', 'ar-EG', 'ja', 'pt-BR');

describe('announce properties', () => {
  test.prop([seconds, localeTag], { numRuns: 300 })('announce never says 0 and never promises less than the statistic', (s, locale) => {
    const a = announce(fixed(s), { locale });
    expect(a.kind).not.toBe('now');
    if (a.kind !== 'over') expect(a.seconds).toBeGreaterThanOrEqual(s);
    else expect(a.seconds).toBe(1200);
    expect(a.seconds).toBeGreaterThan(0);
    expect(a.text).not.toMatch(/(^|[^0-9.,])0 (minute|second)/);
    expect(a.text.length).toBeGreaterThan(0);
  });

  test.prop([seconds, seconds])('announce is monotone: a longer wait never gets a shorter announcement', (s1, s2) => {
    const [lo, hi] = s1 < s2 ? [s1, s2] : [s2, s1];
    expect(announce(fixed(lo)).seconds).toBeLessThanOrEqual(announce(fixed(hi)).seconds);
  });

  test.prop([fc.double({ min: 61, max: 1200, noNaN: true })])(
    'announce rounds up to 1-minute steps to 10 min and 5-minute steps to 30 min',
    (s) => {
      const a = announce(fixed(s));
      const step = s <= 600 ? 60 : 300;
      expect(a.seconds % step).toBe(0);
      expect(a.seconds - s).toBeLessThan(step + 1e-6);
    },
  );

  it('announce uses the numbering system of the tag', () => {
    expect(announce(fixed(300), { locale: 'ar-EG' }).text).toContain('٥');
    expect(announce(fixed(300), { locale: 'hi-u-nu-deva' }).text).toContain('५');
    expect(announce(fixed(300), { locale: 'hi' }).text).toContain('5');
  });

  it('announce falls back to English for languages without a table', () => {
    expect(announce(fixed(300), { locale: 'ja-JP' }).text).toBe('Your wait is about 5 minutes.');
  });

  it('announce defaults to the 0.8 quantile of estimateWait', () => {
    const e = estimateWait({ ahead: 30, agents: 10, handleTime: 180, patience: 300 });
    expect(announce(e).seconds).toBe(Math.ceil(e.quantile(0.8) / 60) * 60);
    expect(announce(e, { statistic: 'mean' }).seconds).toBe(Math.ceil(e.mean / 60) * 60);
  });

  it('announce escapes SSML', () => {
    const a = announce(fixed(0), {
      ssml: true,
      phrases: { language: 'x', now: 'a < b & "c"', underMinute: '', under: '', about: '', over: '', range: '', callback: '' },
    });
    expect(a.text).toBe('<speak xml:lang="en">a &#60; b &#38; &#34;c&#34;</speak>');
  });

  it('announce throws QueueInputError for bad options', () => {
    const e = fixed(100);
    const bad: [object, string][] = [
      [{ locale: 'not a tag!' }, 'options.locale'],
      [{ statistic: 1.5 }, 'options.statistic'],
      [{ floor: -1 }, 'options.floor'],
      [{ cap: 10 }, 'options.cap'],
      [{ steps: [] }, 'options.steps'],
      [{ rangeFrom: 2 }, 'options.rangeFrom'],
      [{ callbackKey: -1 }, 'options.callbackKey'],
    ];
    for (const [options, parameter] of bad) {
      try {
        announce(e, options);
        expect.unreachable(`no error for ${JSON.stringify(options)}`);
      } catch (err) {
        expect(err).toBeInstanceOf(QueueInputError);
        expect((err as QueueInputError).parameter).toBe(parameter);
      }
    }
    expect(() => announce(null as never)).toThrow(QueueInputError);
  });
});

describe('reviseAnnouncement(estimate, previous)', () => {
  test.prop([
    fc.integer({ min: 5, max: 200 }),
    fc.integer({ min: 1, max: 50 }),
    fc.array(fc.double({ min: 0.8, max: 1.25, noNaN: true }), { minLength: 2, maxLength: 20 }),
  ])(
    'reviseAnnouncement never announces a longer wait when the estimate only jitters while the caller moves up',
    (ahead, agents, noise) => {
      let previous: { announcement: ReturnType<typeof announce>; elapsed: number } | undefined;
      let k = ahead;
      for (const factor of noise) {
        // Noise in the handle-time estimate of ±25 %, one caller ahead answered per step.
        const e = estimateWait({ ahead: k, agents, handleTime: 180 * factor });
        const a = reviseAnnouncement(e, previous);
        if (previous !== undefined) {
          const stillPromised = Math.max(previous.announcement.seconds - previous.elapsed, 0);
          // Longer only when the old promise is more likely broken than kept.
          const countedDown = announce(fixed(Math.max(stillPromised, 1e-9))).seconds;
          if (a.seconds > countedDown) expect(e.cdf(stillPromised)).toBeLessThan(0.5);
        }
        previous = { announcement: a, elapsed: 180 / agents };
        k = Math.max(0, k - 1);
      }
    },
  );

  it('reviseAnnouncement counts the old promise down when the change is small', () => {
    const first = announce(fixed(600));
    const next = reviseAnnouncement(fixed(500), { announcement: first, elapsed: 60 });
    expect(next.seconds).toBe(540);
  });

  it('reviseAnnouncement announces a meaningfully shorter wait at once', () => {
    const first = announce(fixed(1200));
    expect(reviseAnnouncement(fixed(300), { announcement: first, elapsed: 60 }).seconds).toBe(300);
  });

  it('reviseAnnouncement announces a longer wait once the old promise is likely broken', () => {
    const first = announce(fixed(300));
    expect(reviseAnnouncement(fixed(900), { announcement: first, elapsed: 60 }).seconds).toBe(900);
    // Same jump, but the distribution still gives the old promise even odds or better: keep it.
    expect(reviseAnnouncement(spread(0, 400), { announcement: first, elapsed: 60 }, { statistic: 0.95 }).seconds).toBe(240);
    expect(announce(spread(0, 400), { statistic: 0.95 }).seconds).toBe(420);
  });

  it('reviseAnnouncement after "more than 20 minutes" makes the fresh announcement (was counted down to "about 20 minutes" whatever the wait)', () => {
    const over = announce(fixed(3000));
    expect(over.kind).toBe('over');
    for (const elapsed of [30, 60]) {
      expect(reviseAnnouncement(fixed(120_000), { announcement: over, elapsed }).text).toBe('Your wait is more than 20 minutes.');
      expect(reviseAnnouncement(fixed(2400), { announcement: over, elapsed }).kind).toBe('over');
    }
    expect(reviseAnnouncement(fixed(800), { announcement: over, elapsed: 60 }).text).toBe(announce(fixed(800)).text);
  });

  it('reviseAnnouncement rejects a negative elapsed time', () => {
    expect(() => reviseAnnouncement(fixed(10), { announcement: announce(fixed(10)), elapsed: -1 })).toThrow(QueueInputError);
  });
});

describe('offerCallback(estimate, options)', () => {
  it('offerCallback offers on a long wait or a low chance of answer, not otherwise', () => {
    expect(offerCallback(fixed(700)).reason).toBe('long-wait');
    expect(offerCallback({ ...fixed(100), probAnswered: 0.5 }).reason).toBe('low-answer-chance');
    expect(offerCallback(fixed(100))).toEqual({ offer: false, reason: 'none', wait: 100, probAnswered: 1 });
    expect(offerCallback(fixed(100), { maxWait: 60 }).offer).toBe(true);
  });
  it('offerCallback throws QueueInputError for bad options', () => {
    expect(() => offerCallback(fixed(1), { maxWait: -1 })).toThrow(QueueInputError);
    expect(() => offerCallback(fixed(1), { statistic: 0 })).toThrow(QueueInputError);
    expect(() => offerCallback(fixed(1), { minProbAnswered: 2 })).toThrow(QueueInputError);
  });
});
