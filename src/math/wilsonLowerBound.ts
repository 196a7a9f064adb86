/**
 * The lower end of the Wilson score interval for a share: the least share p for which `successes`
 * out of `trials` (weighted counts allowed) is not significantly above p at critical value `z`
 * (one-sided; Wilson 1927). Unlike the share itself, it stays low while the evidence is thin: 10
 * successes out of 10 give 0.787 at z = 1.645, 100 out of 100 give 0.974.
 *
 * @param successes - successes, 0 ≤ successes ≤ trials
 * @param trials - trials, > 0
 * @param z - the standard normal critical value of the test (1.645: one-sided 5%)
 * @returns the lower bound, in [0, 1]
 */
export function wilsonLowerBound(successes: number, trials: number, z: number): number {
  const share = successes / trials;
  const z2 = z * z;
  const centre = share + z2 / (2 * trials);
  const spread = z * Math.sqrt((share * (1 - share)) / trials + z2 / (4 * trials * trials));
  return Math.max(0, (centre - spread) / (1 + z2 / trials));
}
