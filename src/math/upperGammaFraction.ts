const TINY = 1e-300;

/**
 * G(s, x) = Q(s, x)/D(s, x), D = xˢe⁻ˣ/Γ(s+1), from Legendre's continued fraction for the upper
 * incomplete gamma function Γ(s, x) = e⁻ˣxˢ/(x+1−s− 1(1−s)/(x+3−s− 2(2−s)/(x+5−s− …)))
 * (Abramowitz & Stegun 6.5.31), evaluated by the modified Lentz method (Thompson & Barnett 1986).
 *
 * Meant for x ≥ s + 1, where it converges in O(1) steps far from the transition and in about
 * O(√x) steps near it; the loop is bounded by 40·√min(x, 10⁸) + 300 steps.
 */
export function upperGammaFraction(s: number, x: number): number {
  // x beyond 1e290: 1/b would be subnormal and Lentz's steps would lose their digits; the
  // fraction is s/(x + 1 − s)·(1 + O(s/x²)) there
  if (x > 1e290) return s / (x + 1 - s);
  let b = x + 1 - s;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  const limit = 40 * Math.sqrt(Math.min(x, 1e8)) + 300; // near the transition only below 10⁷ (Temme above)
  for (let i = 1; i < limit; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 4e-16) break;
  }
  return s * h;
}
