import { f64, HIGH_WORD, u32 } from './float64Bits.js';

const SUB_BITS = 6; // 64 bins per power of two: bins at most 1/64 wide relative to their start
const SUB_BUCKETS = 1 << SUB_BITS;
const E_MIN = -10; // below 2^−10 s (≈ 1 ms): one linear bin
const E_MAX = 30; // from 2^30 s (≈ 34 years): one overflow bin
/** Number of bins: one below 2^E_MIN, SUB per octave, one overflow. */
export const WAIT_BINS: number = 2 + (E_MAX - E_MIN) * SUB_BUCKETS;

/**
 * Bin of a positive finite wait in a log-linear histogram (HdrHistogram-style: exponent and top
 * mantissa bits of the float64), so bins are at most 1.6% wide and any run length fits in fixed
 * memory. Internal.
 */
export function waitBin(v: number): number {
  f64[0] = v;
  const hi = u32[HIGH_WORD] as number;
  const e = (hi >>> 20) - 1023;
  if (e < E_MIN) return 0;
  if (e >= E_MAX) return WAIT_BINS - 1;
  return 1 + (e - E_MIN) * SUB_BUCKETS + ((hi >>> (20 - SUB_BITS)) & (SUB_BUCKETS - 1));
}

/** Lower edge of bin i (s). */
function binLow(i: number): number {
  if (i === 0) return 0;
  const j = i - 1;
  const e = E_MIN + Math.floor(j / SUB_BUCKETS);
  return 2 ** e * (1 + (j % SUB_BUCKETS) / SUB_BUCKETS);
}

/**
 * The p-quantile of waits counted as `zeros` (wait 0), `bins` (positive finite, by
 * {@link waitBin}) and `infinite`: 0 when p ≤ zeros/total, else linear interpolation inside the
 * bin where the cumulative count reaches p·total; `max` bounds the overflow bin. 0 for no data.
 */
export function histogramQuantile(bins: Uint32Array, zeros: number, infinite: number, max: number, p: number): number {
  let total = zeros + infinite;
  for (let i = 0; i < WAIT_BINS; i++) total += bins[i] as number;
  if (total === 0) return 0;
  const rank = p * total;
  if (rank <= zeros) return 0;
  let cumulative = zeros;
  for (let i = 0; i < WAIT_BINS; i++) {
    const c = bins[i] as number;
    if (c > 0 && cumulative + c >= rank) {
      const lo = binLow(i);
      const hi = i === WAIT_BINS - 1 ? Math.max(lo, max) : Math.min(binLow(i + 1), max);
      return lo + ((rank - cumulative) / c) * (Math.max(hi, lo) - lo);
    }
    cumulative += c;
  }
  return infinite > 0 ? Infinity : max;
}
