/** The one-sided 5% critical value of the standard normal, Φ⁻¹(0.95): the level of the tracker's tests. */
export const ONE_SIDED_5_PERCENT = 1.6448536269514722;
