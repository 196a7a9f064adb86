/**
 * The wait predictors a tracker runs side by side, in the order of its per-predictor arrays (each
 * predictor's index is its place here; `auto` comes after them, at {@link AUTO}).
 */
export const PREDICTORS = ['model', 'les', 'hol', 'history'] as const;

/** The wait predictors a tracker runs side by side. */
export type PredictorName = (typeof PREDICTORS)[number];

/** Index of `auto` in the per-predictor arrays. */
export const AUTO: number = PREDICTORS.length;

/** Entries of the per-predictor arrays (the predictors and `auto`). */
export const PREDICTOR_SLOTS: number = PREDICTORS.length + 1;
