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
  | {
      /** Exponential (memoryless). */
      kind: 'exponential';
      /** Mean (s), > 0. */
      mean: number;
    }
  | {
      /** Deterministic: no variation. */
      kind: 'deterministic';
      /** The constant value (s), > 0. */
      mean: number;
    }
  | {
      /** Gamma, by mean and CV. */
      kind: 'gamma';
      /** Mean (s), > 0. */
      mean: number;
      /** Coefficient of variation, standard deviation ÷ mean, 0 to 100 (0 is deterministic, 1 exponential). */
      cv: number;
    }
  | {
      /** Erlang: a sum of exponential phases. */
      kind: 'erlang';
      /** Mean of the sum (s), > 0. */
      mean: number;
      /** Number of exponential phases (a whole number ≥ 1); CV = 1/√phases. */
      phases: number;
    }
  | {
      /** Lognormal, by mean and CV. */
      kind: 'lognormal';
      /** Mean (s), > 0. */
      mean: number;
      /** Coefficient of variation, standard deviation ÷ mean, 0 to 100. */
      cv: number;
    }
  | {
      /** Empirical: resampled from observed values. */
      kind: 'empirical';
      /** Observed values (s), each drawn with equal probability; all ≥ 0, at least one positive. */
      values: readonly number[];
    };
