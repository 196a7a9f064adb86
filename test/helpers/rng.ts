/**
 * mulberry32: a small seeded uniform generator for tests (the library's own simulator lives in
 * src/sim). Returns (u + offset)/2³², u a 32-bit integer: offset 0 gives [0, 1), offset 0.5 the
 * open interval (0, 1) for tests that take logarithms.
 */
export function rng(seed: number, offset = 0): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + offset) / 4294967296;
  };
}
