import { f64, HIGH_WORD, POW2, POW2_ZERO, u32 } from './float64Bits.js';

const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const LG1 = 0.6666666666666735;
const LG2 = 0.3999999999940942;
const LG3 = 0.2857142874366239;
const LG4 = 0.22222198432149784;
const LG5 = 0.1818357216161805;
const LG6 = 0.15313837699209373;
const LG7 = 0.14798198605116586;

/**
 * Natural logarithm computed with IEEE-754 arithmetic only (no `Math.log`), so every runtime
 * returns the same bits: `Math.log` is "implementation-approximated" in ECMAScript and engines
 * differ in the last place. Algorithm and coefficients of fdlibm's `e_log.c` (Sun Microsystems
 * 1993), with its exponent and mantissa split done by exact scaling: x = 2ᵏ(1 + f), log(1 + f) by a degree-14 minimax polynomial in s = f/(2 + f); error
 * below 1 ulp. Internal kernel: x must be a finite number > 0 (the simulator only passes such).
 */
export function deterministicLog(x: number): number {
  f64[0] = x;
  let hx = u32[HIGH_WORD] as number;
  let k = 0;
  let y = x;
  if (hx < 0x00100000) {
    // subnormal: scale up by 2^54
    k -= 54;
    y = x * 18014398509481984;
    f64[0] = y;
    hx = u32[HIGH_WORD] as number;
  }
  const e = (hx >>> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000; // 0, or 2^20 when the mantissa is above √2
  const shift = e + (i >>> 20);
  k += shift;
  // y / 2^shift lies in [√2/2, √2): exact, as multiplying by a power of two is
  const f = y * (POW2[POW2_ZERO - shift] as number) - 1;
  const dk = k;
  if ((0x000fffff & (2 + hx)) < 3) {
    // −2^−20 ≤ f < 2^−20
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const tail = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - tail : dk * LN2_HI - (tail - dk * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}
