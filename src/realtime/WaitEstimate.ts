/**
 * The distribution of one caller's wait, in seconds: what {@link estimateWait} and the tracker's
 * predictors return and what {@link announce} reads. Waits are "offered" waits: how long the
 * caller would wait to be answered if it never hung up itself.
 */
export interface WaitEstimate {
  /** Mean wait in seconds (Infinity when nobody will ever answer). */
  readonly mean: number;
  /** Standard deviation of the wait in seconds (Infinity, as the mean, when nobody will ever answer). */
  readonly sd: number;
  /**
   * `'unknown'` when the estimate was made without knowing how many agents there are: a live
   * tracker told of no agent since it started (no `agents` option, no `login` and no `agent` event
   * in a present state; `answered` events say someone answers, not how many). Its numbers are then those of no
   * answering capacity known (the model's mean `Infinity`), and {@link announce} tells no time
   * ("an agent will answer you as soon as possible"), as platforms without a hold time announce none.
   * Absent: the agents were known (0 logged in is then a fact, and a wait without end).
   */
  readonly staffing?: 'unknown';
  /** Chance the caller is answered if it stays (those ahead may hang up), in [0, 1]. */
  readonly probAnswered: number;
  /**
   * The wait in seconds that the caller is answered within with probability `p`.
   * @param p - a probability in [0, 1]
   * @returns seconds, ≥ 0 (Infinity for p = 1 unless the wait is zero)
   */
  quantile(p: number): number;
  /**
   * P(wait ≤ t), the chance of being answered within `t` seconds if the caller stays.
   * @param t - seconds (any number; t < 0 gives 0)
   * @returns a probability in [0, 1]
   */
  cdf(t: number): number;
}
