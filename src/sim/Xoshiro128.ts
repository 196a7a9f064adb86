/**
 * xoshiro128** 1.0 (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators"):
 * a 128-bit-state generator of 32-bit words using only 32-bit integer operations
 * (`Math.imul`, shifts, xor), so one seed gives the same stream on every JavaScript runtime.
 * The state is seeded from one integer by a SplitMix-style counter hashed with MurmurHash3's
 * 32-bit finalizer (the authors recommend seeding through a SplitMix generator); an all-zero
 * state is replaced. Internal to the simulator.
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** @param seed - any integer; only its low 32 bits and the next 32 (for |seed| ≥ 2³²) are used */
  constructor(seed: number) {
    let x = (seed | 0) ^ Math.imul((seed / 4294967296) | 0, 0x9e3779b9);
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) | 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32-bit output, as an unsigned integer in [0, 2³²). */
  nextUint32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const s2 = this.s2;
    const s3 = this.s3;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    this.s1 = s1 ^ n2;
    this.s0 = s0 ^ n3;
    this.s2 = n2 ^ t;
    this.s3 = rotl(n3, 11);
    return r >>> 0;
  }

  /**
   * A uniform number strictly inside (0, 1): (m + ½)/2⁵² for a uniform 52-bit integer m, exact
   * in double precision, so it is never 0 or 1 and its logarithm is always finite.
   */
  uniform(): number {
    const a = this.nextUint32() >>> 6; // 26 bits
    const b = this.nextUint32() >>> 6; // 26 bits
    return (a * 67108864 + b + 0.5) * 2.220446049250313e-16; // 2^−52
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
