import { f64, HIGH_WORD, POW2, POW2_ZERO, u32 } from './float64Bits.js';

const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = Math.LOG2E;
const P1 = 0.16666666666666602;
const P2 = -0.0027777777777015593;
const P3 = 0.00006613756321437934;
const P4 = -0.0000016533902205465252;
const P5 = 4.1381367970572385e-8;
const TWO_M1000 = 9.332636185032189e-302;

/**
 * eˣ computed with IEEE-754 arithmetic only (no `Math.exp`), so every runtime returns the same
 * bits. Algorithm and coefficients of fdlibm's `e_exp.c` (Sun Microsystems 1993): x = k·ln2 + r,
 * |r| ≤ ln2/2, e^r by a degree-5 Remez rational form, then 2ᵏ by exact multiplication;
 * error below 1 ulp. Internal kernel: x must not be NaN.
 */
export function deterministicExp(x: number): number {
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019411) return 0;
  f64[0] = x;
  const hx = (u32[HIGH_WORD] as number) & 0x7fffffff;
  const negative = x < 0;
  let hi = 0;
  let lo = 0;
  let k = 0;
  let r = x;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5·ln2
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI; // exact: k·LN2_HI has few significant bits
      lo = k * LN2_LO;
    }
    r = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x; // |x| < 2^−28
  }
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  // y·2ᵏ: exact for normal results; below 2^−1021 one rounding, as fdlibm's y·2^(k+1000)·2^−1000
  if (k > 1023) return y * 2 * (POW2[POW2_ZERO + k - 1] as number);
  if (k >= -1021) return y * (POW2[POW2_ZERO + k] as number);
  return y * (POW2[POW2_ZERO + k + 1000] as number) * TWO_M1000;
}
