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

/**
 * A fresh per-predictor array ({@link PREDICTOR_SLOTS} entries, `auto` last), not yet filled (NaN):
 * a literal of doubles, made three times faster than `new Array(n).fill(…)`, twice per caller who
 * joins. `test/realtime/tracker/PredictorName.test.ts` holds its length to the list's.
 */
export function perPredictor(): number[] {
  return [Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN];
}
