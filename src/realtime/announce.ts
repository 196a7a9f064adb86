import { nonNegativeInteger, openUnit, plainObject, positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import { checkEstimate, waitOf } from './checkEstimate.js';
import type { AnnouncePhrases } from './locales/AnnouncePhrases.js';
import { builtInPhrases } from './locales/index.js';
import { type AnnounceStep, checkSteps, roundUpWaitKernel } from './roundUpWait.js';
import type { WaitEstimate } from './WaitEstimate.js';

/** What kind of sentence {@link announce} produced. */
export type AnnouncementKind = 'now' | 'under' | 'about' | 'over' | 'range' | 'unknown';

/** Words to say or print for one caller's wait. */
export interface Announcement {
  /** The sentence (SSML when `ssml` was set). */
  readonly text: string;
  /** The wait announced, in seconds: 0 for 'now', the floor, the rounded value, the cap, the range's top, or Infinity for 'unknown' (no time told). */
  readonly seconds: number;
  /**
   * 'now' (zero wait), 'under' (at most the floor), 'about', 'over' (beyond the cap), 'range', or
   * 'unknown' (the estimate's staffing is unknown: "an agent will answer you as soon as possible", no time).
   */
  readonly kind: AnnouncementKind;
}

/** Options of {@link announce}. */
export interface AnnounceOptions {
  /**
   * Any BCP 47 tag; phrases from the built-in table of its language (en, es, fr, de, hi, el, ur, ar),
   * numbers, units, plurals and numbering system (`-u-nu-`) from `Intl`. Unknown languages fall
   * back to English.
   * @defaultValue `'en'`
   */
  locale?: string;
  /**
   * What to announce: `'mean'`, or a probability p to announce the p-quantile, so that a share p
   * of callers are answered sooner than promised.
   * @defaultValue `0.8`
   */
  statistic?: 'mean' | number;
  /**
   * When set (a probability below `statistic`), announce a range from this quantile (at least the
   * floor) to the statistic.
   * @defaultValue `undefined` (a single value)
   */
  rangeFrom?: number;
  /**
   * Round-up bands, ascending; beyond the last band its step applies.
   * @defaultValue `[{ upTo: 600, step: 60 }, { upTo: 1800, step: 300 }, { upTo: Infinity, step: 900 }]`
   */
  steps?: readonly AnnounceStep[];
  /**
   * Waits at or below this many seconds are announced as "less than" it (> 0).
   * @defaultValue `60`
   */
  floor?: number;
  /**
   * Waits above this many seconds are announced as "more than" it (finite, ≥ floor).
   * @defaultValue `1200`
   */
  cap?: number;
  /**
   * Wrap the text in `<speak xml:lang="…">`, escaped for XML.
   * @defaultValue `false`
   */
  ssml?: boolean;
  /**
   * When set, append the call-back offer with this key to press (e.g. from {@link offerCallback}).
   * @defaultValue `undefined` (no offer)
   */
  callbackKey?: number;
  /**
   * A phrase table of your own, used instead of the built-in one for the locale (every field a string).
   * @defaultValue the built-in table for the locale's language
   */
  phrases?: AnnouncePhrases;
}

const DEFAULT_STEPS: readonly AnnounceStep[] = [
  { upTo: 600, step: 60 },
  { upTo: 1800, step: 300 },
  { upTo: Infinity, step: 900 },
];

interface LocaleFormat {
  readonly tag: string;
  readonly phrases: AnnouncePhrases;
  readonly second: Intl.NumberFormat;
  readonly minute: Intl.NumberFormat;
  readonly hour: Intl.NumberFormat;
  readonly plain: Intl.NumberFormat;
  /** Plain texts (no range, SSML or call-back) by seconds·8 + kind. */
  readonly simple: Map<number, string>;
}

// Constructing Intl formatters costs tens of microseconds: keep them per locale (and texts per key).
const formats = new Map<string, LocaleFormat>();
const KIND_INDEX: Record<AnnouncementKind, number> = { now: 0, under: 1, about: 2, over: 3, range: 4, unknown: 5 };
const texts = new Map<string, string>();
const MAX_CACHE = 2048;

function localeFormat(locale: string, phrases: AnnouncePhrases | undefined): LocaleFormat {
  const key = phrases === undefined ? locale : `${locale}\u0000${phrases.language}`;
  const hit = formats.get(key);
  if (hit !== undefined) return hit;
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    throw new QueueInputError('options.locale', locale, 'a BCP 47 language tag');
  }
  const language = (tag.split('-')[0] as string).toLowerCase();
  let table = phrases ?? builtInPhrases[language];
  if (table === undefined) {
    table = builtInPhrases.en as AnnouncePhrases;
    tag = 'en';
  }
  const unit = (u: string) => new Intl.NumberFormat(tag, { style: 'unit', unit: u, unitDisplay: 'long' });
  const f: LocaleFormat = {
    tag,
    phrases: table,
    second: unit('second'),
    minute: unit('minute'),
    hour: unit('hour'),
    plain: new Intl.NumberFormat(tag),
    simple: new Map(),
  };
  if (formats.size >= MAX_CACHE) formats.clear();
  formats.set(key, f);
  return f;
}

/** The formatter and value for a duration: seconds below a minute, hours for whole hours ≥ 2 h. */
function unitFor(f: LocaleFormat, seconds: number): [Intl.NumberFormat, number] {
  if (seconds % 60 !== 0) return [f.second, seconds];
  if (seconds >= 7200 && seconds % 3600 === 0) return [f.hour, seconds / 3600];
  return [f.minute, seconds / 60];
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const PROBABILITY = 'a probability strictly between 0 and 1';

/** The cap of {@link AnnounceOptions.cap} when none is given, seconds (the command line's `--cap` default). */
export const ANNOUNCE_DEFAULT_CAP = 1200;

/**
 * Words to tell a caller about its wait: a high quantile (or the mean) of the estimate, rounded up
 * to sensible steps (never "0 minutes"), "less than" a floor, "more than" a cap, or a range; in the
 * caller's language with numbers, units, plural forms and numbering system from `Intl`; optionally
 * SSML and a call-back offer. An estimate whose staffing is unknown (a tracker told of no agent
 * yet, {@link WaitEstimate.staffing}) is told no time, only that it will be answered as soon as
 * possible: Asterisk skips the hold-time announcement when it has none, and a number from no
 * agents ("more than 20 minutes") would be a guess. Announcing a high quantile rather than the mean keeps most callers
 * answered before the time promised (Whitt 1999, "Improving service by informing customers about
 * anticipated delays").
 *
 * @param estimate - the caller's wait distribution in seconds (from {@link estimateWait} or a tracker)
 * @param options - {@link AnnounceOptions}
 * @returns `{ text, seconds, kind }`; `seconds` is what was announced, in seconds
 * @throws {@link QueueInputError} for a bad estimate (or one whose wait is NaN), options, locale,
 * statistic, range, floor, cap, steps or phrase table
 * @example
 * announce(estimateWait({ ahead: 4, agents: 10, handleTime: 180 })).text; // => 'Your wait is about 3 minutes.'
 * announce(estimateWait({ ahead: 4, agents: 10, handleTime: 180 }), { locale: 'es' }).text; // => 'Su espera es de unos 3 minutos.'
 * announce(estimateWait({ ahead: 0, agents: 10, handleTime: 180 })).kind; // => 'under'
 * announce(estimateWait({ ahead: 0, agents: 10, handleTime: 180, freeAgents: 1 })).kind; // => 'now'
 */
export function announce(estimate: WaitEstimate, options: AnnounceOptions = {}): Announcement {
  checkEstimate(estimate);
  const o = plainObject('options', options) as AnnounceOptions;
  const locale = o.locale ?? 'en';
  if (typeof locale !== 'string') throw new QueueInputError('options.locale', locale, 'a BCP 47 language tag');
  const statistic = o.statistic ?? 0.8;
  if (statistic !== 'mean') openUnit('options.statistic', statistic, PROBABILITY);
  const floor = o.floor ?? 60;
  positive('options.floor', floor, 'a finite number of seconds > 0');
  const cap = o.cap ?? ANNOUNCE_DEFAULT_CAP;
  if (typeof cap !== 'number' || !(cap >= floor) || cap === Infinity)
    throw new QueueInputError('options.cap', cap, `a finite number of seconds ≥ floor (${floor})`);
  const steps = o.steps ?? DEFAULT_STEPS;
  if (steps !== DEFAULT_STEPS) checkSteps('options.steps', steps);
  const rangeQuantile = o.rangeFrom === undefined ? undefined : openUnit('options.rangeFrom', o.rangeFrom, PROBABILITY);
  if (o.phrases !== undefined) checkPhrases(o.phrases);
  if (o.callbackKey !== undefined) nonNegativeInteger('options.callbackKey', o.callbackKey);
  const f = localeFormat(locale, o.phrases);

  const t = estimate.staffing === 'unknown' ? Number.NaN : waitOf(estimate, statistic);
  let kind: AnnouncementKind;
  let seconds: number;
  let from = 0;
  if (Number.isNaN(t)) {
    kind = 'unknown';
    seconds = Infinity;
  } else if (!(t > 0)) {
    kind = 'now';
    seconds = 0;
  } else if (t <= floor) {
    kind = 'under';
    seconds = floor;
  } else if (t > cap) {
    kind = 'over';
    seconds = cap;
  } else {
    seconds = Math.min(roundUpWaitKernel(t, steps), cap);
    kind = 'about';
    if (rangeQuantile !== undefined) {
      const rangeSeconds = waitOf(estimate, rangeQuantile);
      from = rangeSeconds <= floor ? floor : roundUpWaitKernel(rangeSeconds, steps);
      if (from < seconds) kind = 'range';
    }
  }
  if (kind !== 'range' && o.ssml !== true && o.callbackKey === undefined) {
    // every kind but 'unknown' (alone with Infinity seconds) announces a finite time
    const nk = seconds * 8 + KIND_INDEX[kind];
    let text = f.simple.get(nk);
    if (text === undefined) {
      text = compose(f, kind, seconds, from, o);
      if (f.simple.size >= MAX_CACHE) f.simple.clear();
      f.simple.set(nk, text);
    }
    return { text, seconds, kind };
  }
  const key = `${f.tag}\u0000${f.phrases.language}\u0000${kind}\u0000${seconds}\u0000${from}\u0000${o.ssml === true}\u0000${o.callbackKey ?? ''}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = compose(f, kind, seconds, from, o);
    if (texts.size >= MAX_CACHE) texts.clear();
    texts.set(key, text);
  }
  return { text, seconds, kind };
}

const PHRASE_FIELDS = ['language', 'now', 'underMinute', 'under', 'about', 'over', 'range', 'callback'] as const;

function checkPhrases(phrases: unknown): void {
  const table = plainObject('options.phrases', phrases);
  for (const field of PHRASE_FIELDS) {
    if (typeof table[field] !== 'string') throw new QueueInputError(`options.phrases.${field}`, table[field], 'a string');
  }
  if (table.unknown !== undefined && typeof table.unknown !== 'string')
    throw new QueueInputError('options.phrases.unknown', table.unknown, 'a string (or absent)');
}

function compose(f: LocaleFormat, kind: AnnouncementKind, seconds: number, from: number, o: AnnounceOptions): string {
  const p = f.phrases;
  let text: string;
  if (kind === 'now') text = p.now;
  else if (kind === 'unknown') text = p.unknown ?? (builtInPhrases[p.language] ?? (builtInPhrases.en as Required<AnnouncePhrases>)).unknown;
  else if (kind === 'under' && seconds === 60) text = p.underMinute;
  else if (kind === 'range') {
    const [unitFormat, top] = unitFor(f, seconds);
    const [, bottom] = unitFor(f, from);
    // Both ends in one unit: take the top's unit for the bottom too.
    const scale = seconds / top;
    const ranged = unitFormat as unknown as { formatRange(start: number, end: number): string };
    const range = unitFor(f, from)[0] === unitFormat ? ranged.formatRange(bottom, top) : ranged.formatRange(from / scale, top);
    text = p.range.replace('{range}', range);
  } else {
    const [unitFormat, v] = unitFor(f, seconds);
    text = p[kind].replace('{d}', unitFormat.format(v));
  }
  if (o.callbackKey !== undefined) text += ` ${p.callback.replace('{key}', f.plain.format(o.callbackKey))}`;
  return o.ssml === true ? `<speak xml:lang="${f.tag}">${escapeXml(text)}</speak>` : text;
}
