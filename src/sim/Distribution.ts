/**
 * A distribution of handle times or patience, in seconds. A plain number anywhere a
 * distribution is accepted means an exponential distribution with that mean.
 *
 * - `exponential`: memoryless, the Erlang C/A assumption.
 * - `deterministic`: always exactly `mean`.
 * - `gamma`: mean and coefficient of variation (CV = sd/mean); CV = 1/√k is Erlang-k, CV = 1 is
 *   exponential, CV = 0 is deterministic.
 * - `erlang`: the sum of `phases` exponential phases, CV = 1/√phases.
 * - `lognormal`: mean and CV, the usual shape of measured handle times (Brown et al. 2005).
 * - `empirical`: each draw is one of `values` picked uniformly at random (e.g. last month's
 *   handle times); values ≥ 0, at least one positive.
 */
export type Distribution =
  | { kind: 'exponential'; mean: number }
  | { kind: 'deterministic'; mean: number }
  | { kind: 'gamma'; mean: number; cv: number }
  | { kind: 'erlang'; mean: number; phases: number }
  | { kind: 'lognormal'; mean: number; cv: number }
  | { kind: 'empirical'; values: readonly number[] };
