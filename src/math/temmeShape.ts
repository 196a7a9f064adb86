/** Shapes from which Temme's uniform expansion replaces series and fraction near the transition x ≈ s. */
export const TEMME_SHAPE = 1e7;
