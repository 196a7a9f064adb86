/**
 * Shared views on one 8-byte buffer to read and write the two 32-bit halves of a float64,
 * in the platform's byte order (detected once), for the bit-exact functions of the simulator.
 * Internal; not exported from the package.
 */
export const f64: Float64Array = new Float64Array(1);
/** The same 8 bytes as two unsigned 32-bit words. */
export const u32: Uint32Array = new Uint32Array(f64.buffer);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Index in {@link u32} of the word holding the sign, exponent and top 20 mantissa bits. */
export const HI: number = littleEndian ? 1 : 0;
/** Index in {@link u32} of the low 32 mantissa bits. */
export const LO: number = littleEndian ? 0 : 1;
