/**
 * Shared views on one 8-byte buffer to read the high 32-bit word of a float64 in the platform's
 * byte order (detected once), and exact powers of two, for the bit-exact functions of the
 * simulator. Only reads go through the views: writing one width and reading another stalls
 * store-to-load forwarding (≈ 50 ns), so values are rebuilt by exact multiplication instead.
 * Internal; not exported from the package.
 */
export const f64: Float64Array = /* @__PURE__ */ new Float64Array(1);
/** The same 8 bytes as two unsigned 32-bit words. */
export const u32: Uint32Array = /* @__PURE__ */ new Uint32Array(f64.buffer);
const littleEndian = /* @__PURE__ */ new Uint8Array(/* @__PURE__ */ new Uint16Array([1]).buffer)[0] === 1;
/** Index in {@link u32} of the word holding the sign, exponent and top 20 mantissa bits. */
export const HIGH_WORD: number = littleEndian ? 1 : 0;

/** Offset of 2⁰ in {@link POW2}. */
export const POW2_ZERO = 1074;
/** POW2[k + POW2_ZERO] = 2ᵏ exactly, for k = −1074 … 1023 (built by exact doubling and halving). */
export const POW2: Float64Array = /* @__PURE__ */ (() => {
  const t = new Float64Array(1074 + 1024);
  let p = 1;
  for (let k = 0; k <= 1023; k++, p *= 2) t[k + 1074] = p;
  p = 1;
  for (let k = 0; k >= -1074; k--, p /= 2) t[k + 1074] = p;
  return t;
})();
