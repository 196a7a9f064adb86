import { nonNegative, nonNegativeOrInfinite, plainObject, unitInterval } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';
import type { Announcement, AnnounceOptions } from './announce.js';
import { announce } from './announce.js';
import type { WaitEstimate } from './WaitEstimate.js';

/** What the caller was told last, and how long ago. */
export interface PreviousAnnouncement {
  /** The announcement made. */
  announcement: Announcement;
  /** Seconds since it was made (≥ 0). */
  elapsed: number;
}

/** Options of {@link reviseAnnouncement}: those of {@link announce} plus the revision thresholds. */
export interface ReviseOptions extends AnnounceOptions {
  /**
   * Smallest change worth announcing, in seconds.
   * @defaultValue `120`
   */
  minChange?: number;
  /**
   * Smallest change worth announcing, as a share of the wait still promised.
   * @defaultValue `0.25`
   */
  minChangeRatio?: number;
  /**
   * A longer wait is announced only when the chance of being answered within what is still
   * promised has fallen below this (the old promise is more likely broken than kept).
   * @defaultValue `0.5`
   */
  longerBelow?: number;
}

function countDown(seconds: number, options: ReviseOptions): Announcement {
  // A count-down of a past promise is never "now": at worst the floor.
  const s = Math.max(seconds, 1e-9);
  const point: WaitEstimate = { mean: s, sd: 0, probAnswered: 1, quantile: () => s, cdf: (t: number) => (t >= s ? 1 : 0) };
  const { rangeFrom: _unused, ...rest } = options;
  return announce(point, { ...rest, statistic: 'mean' });
}

/**
 * The announcement to make to a caller who was already told a wait: the fresh one when it is
 * meaningfully shorter than what is still promised (the old promise minus the time elapsed), a
 * longer one only when the old promise is now more likely broken than kept (so noise never makes
 * a wait grow), and otherwise the old promise counted down, rounded up to the same steps. This
 * follows the advice of Whitt (1999) and Ibrahim & Whitt (2009) that delay announcements be
 * reliable as well as accurate. "More than X" (the longest wait announced) and an announcement
 * without a time (kind `'unknown'`: the staffing was unknown) promise no time to count down: after
 * them, the fresh announcement is made; so is a fresh one without a time.
 *
 * @param estimate - the caller's current wait distribution (seconds)
 * @param previous - what it was told last and how many seconds ago, or `undefined` the first time
 * @param options - {@link ReviseOptions}
 * @returns the announcement to make now
 * @throws {@link QueueInputError} for a bad estimate, options (those of {@link announce}, `minChange`,
 * `minChangeRatio`, `longerBelow`) or previous announcement, or a negative `elapsed`
 * @example
 * const first = announce(estimateWait({ ahead: 20, agents: 10, handleTime: 180 }));
 * first.text; // => 'Your wait is about 8 minutes.'
 * reviseAnnouncement(estimateWait({ ahead: 19, agents: 10, handleTime: 180 }), { announcement: first, elapsed: 20 }).text; // => 'Your wait is about 8 minutes.'
 */
export function reviseAnnouncement(
  estimate: WaitEstimate,
  previous: PreviousAnnouncement | undefined,
  options: ReviseOptions = {},
): Announcement {
  const o = plainObject('options', options) as ReviseOptions;
  const minChange = o.minChange ?? 120;
  nonNegativeOrInfinite('options.minChange', minChange, 'a number of seconds ≥ 0');
  const ratio = o.minChangeRatio ?? 0.25;
  nonNegativeOrInfinite('options.minChangeRatio', ratio, 'a number ≥ 0');
  const longerBelow = o.longerBelow ?? 0.5;
  unitInterval('options.longerBelow', longerBelow);
  const fresh = announce(estimate, o);
  if (previous === undefined) return fresh;
  const p = plainObject('previous', previous);
  const prev = plainObject('previous.announcement', p.announcement) as unknown as Announcement;
  const elapsed = nonNegative('previous.elapsed', p.elapsed);
  nonNegativeOrInfinite('previous.announcement.seconds', prev.seconds, 'a number of seconds ≥ 0');
  // "more than X" bounds the wait from below: no promise to count down (counted down, a caller told
  // "more than 20 minutes" heard "about 20 minutes" half a minute later, whatever the wait)
  // nor does a wait told without a time (staffing unknown): the first timed estimate after it is
  // announced afresh, and a fresh one without a time is said as it is
  if (fresh.kind === 'now' || fresh.kind === 'unknown' || prev.kind === 'over' || prev.kind === 'unknown') return fresh;
  const remaining = Math.max(prev.seconds - elapsed, 0);
  const threshold = Math.max(minChange, ratio * remaining);
  if (fresh.seconds < remaining) {
    return remaining - fresh.seconds >= threshold ? fresh : countDown(remaining, o);
  }
  if (fresh.seconds > remaining) {
    const keep = estimate.cdf(remaining);
    if (typeof keep !== 'number' || Number.isNaN(keep))
      throw new QueueInputError('estimate', keep, 'a wait estimate whose cdf is a probability');
    if (keep < longerBelow && fresh.seconds - remaining >= threshold) return fresh;
    return countDown(remaining, o);
  }
  return fresh;
}
