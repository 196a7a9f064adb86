/** The smallest normal double, 2⁻¹⁰²²: below it a number keeps fewer than 53 significant bits. */
export const MIN_NORMAL = 2.2250738585072014e-308;
