import { PREDICTOR_SLOTS } from './predictWait.js';

/** What a waiting caller's record holds: callers ahead on joining, whether it found "idle" logged-in agents, the head of line's elapsed wait then (−1: nobody), then the predictions and announced times. */
export const RECORD: {
  readonly ahead: number;
  readonly foundIdle: number;
  readonly headWait: number;
  readonly predicted: number;
  readonly announced: number;
  readonly stride: number;
} = {
  ahead: 0,
  foundIdle: 1,
  headWait: 2,
  predicted: 3,
  announced: 3 + PREDICTOR_SLOTS,
  stride: 3 + 2 * PREDICTOR_SLOTS,
};
