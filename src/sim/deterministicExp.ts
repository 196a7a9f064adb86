import { f64, HI, POW2, POW2_ZERO, u32 } from './float64Bits.js';

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
const TWO_M1000 = 9.3326361850321887899e-302;

/**
 * eˣ computed with IEEE-754 arithmetic only (no `Math.exp`), so every runtime returns the same
 * bits. Algorithm and coefficients of fdlibm's `e_exp.c` (Sun Microsystems 1993): x = k·ln2 + r,
 * |r| ≤ ln2/2, e^r by a degree-5 Remez rational form, then 2ᵏ by exact multiplication;
 * error below 1 ulp. Internal kernel: x must not be NaN.
 */
export function deterministicExp(x: number): number {
  if (x > 7.09782712893383973096e2) return Infinity;
  if (x < -7.4513321910194110842e2) return 0;
  f64[0] = x;
  const hx = (u32[HI] as number) & 0x7fffffff;
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
