/** The share of the answering capacity that overtaking arrivals are assumed to leave at least (they hang up too). */
export const LEAST_CAPACITY_LEFT = 0.1;

/**
 * The answering rate left to a caller's class when callers of higher classes arrive at
 * `overtakeRate` per second and are served first (a preemptive-priority reading: a lower class
 * gets the capacity the higher ones leave, as in Kleinrock 1976, ch. 3), never below a tenth of
 * the capacity, since overtakers hang up too and a live estimate of their rate is noisy.
 * Internal: parameters are checked by the callers.
 */
export function capacityAfterOvertaking(rate: number, overtakeRate: number): number {
  return Math.max(rate - overtakeRate, LEAST_CAPACITY_LEFT * rate);
}
