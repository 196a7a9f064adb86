import { describe, expect, it } from 'vitest';
import { AUTO, PREDICTOR_SLOTS, PREDICTORS, perPredictor } from '../../../src/realtime/tracker/PredictorName.js';

describe('one list defines the predictors', () => {
  it('auto comes after them, and a per-predictor array has a slot for each and for auto', () => {
    expect(PREDICTORS).toEqual(['model', 'les', 'hol', 'history']);
    expect([AUTO, PREDICTOR_SLOTS]).toEqual([PREDICTORS.length, PREDICTORS.length + 1]);
    expect(perPredictor()).toHaveLength(PREDICTOR_SLOTS);
    expect(perPredictor()).not.toBe(perPredictor());
  });
});
