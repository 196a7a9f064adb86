import { positive } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';

/** Round-up rule: waits up to `upTo` seconds are rounded up to a multiple of `step` seconds. */
export interface AnnounceStep {
  /** Upper end of the band, in seconds. */
  readonly upTo: number;
  /** Step in seconds (> 0). */
  readonly step: number;
}

/**
 * Rounds a positive wait up (never to nearest: a promise must not be shorter than the wait) to the
 * step of its band, the first band whose `upTo` it does not exceed (the last band's step beyond):
 * the smallest multiple not below the wait, however little above a multiple it is; at least one
 * step, so never 0 (and the wait itself where a multiple would overflow or is lost in rounding).
 *
 * @param seconds - the wait, a finite number of seconds > 0
 * @param steps - ascending bands ({@link AnnounceStep}), seconds
 * @returns the rounded wait in seconds
 * @throws {@link QueueInputError} for a wait that is not a finite number > 0, or bands that are not
 * ascending with finite steps > 0
 * @example
 * roundUpWait(290, [{ upTo: 600, step: 60 }, { upTo: Infinity, step: 300 }]); // => 300
 * roundUpWait(610, [{ upTo: 600, step: 60 }, { upTo: Infinity, step: 300 }]); // => 900
 * roundUpWait(1, [{ upTo: 600, step: 60 }]); // => 60
 */
export function roundUpWait(seconds: number, steps: readonly AnnounceStep[]): number {
  positive('seconds', seconds);
  checkSteps('steps', steps);
  return roundUpWaitKernel(seconds, steps);
}

/** {@link roundUpWait} without the checks. @internal */
export function roundUpWaitKernel(seconds: number, steps: readonly AnnounceStep[]): number {
  let step = 60;
  for (const s of steps) {
    step = s.step;
    if (seconds <= s.upTo) break;
  }
  // The smallest multiple m ≥ 1 whose product m·step, as computed, is ≥ the wait: the rounded
  // quotient puts m within one of it (a tolerance there would round a wait a hair above a
  // multiple down to it: 1e15 + 0.125 at a step of 1e15), and the product may round either way.
  let multiple = Math.max(1, Math.ceil(seconds / step));
  if (multiple > 1 && (multiple - 1) * step >= seconds) multiple -= 1;
  else if (multiple * step < seconds) multiple += 1;
  const rounded = multiple * step;
  // Infinity, or below the wait where the one step more was lost in rounding (multiples beyond
  // 2^53 are not consecutive: 1e300 at a step of 2.3e265): the wait itself
  return rounded === Infinity || rounded < seconds ? seconds : rounded;
}

/** Checks round-up bands: a non-empty array of ascending `upTo` with finite steps > 0. @internal */
export function checkSteps(parameter: string, steps: unknown): void {
  if (!Array.isArray(steps) || steps.length === 0) throw new QueueInputError(parameter, steps, 'a non-empty array of { upTo, step }');
  let last = 0;
  for (const s of steps as unknown[]) {
    const band = s as Partial<AnnounceStep> | null;
    if (
      typeof band !== 'object' ||
      band === null ||
      typeof band.step !== 'number' ||
      !(band.step > 0) ||
      band.step === Infinity ||
      typeof band.upTo !== 'number' ||
      !(band.upTo > last)
    ) {
      throw new QueueInputError(parameter, steps, 'ascending { upTo, step } bands with finite steps > 0');
    }
    last = band.upTo;
  }
}
