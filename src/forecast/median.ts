import { quantile } from './quantile.js';

/**
 * The median of `values` (the mean of the middle two for an even count; NaN for none), the list
 * left as it is: their {@link quantile} at 0.5. @internal
 */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}
