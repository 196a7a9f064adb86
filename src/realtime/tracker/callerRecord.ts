import { PREDICTOR_SLOTS } from './predictWait.js';

/**
 * What a waiting caller's record holds: callers ahead on joining, whether it found "idle" logged-in
 * agents, and what the learned predictor saw then (the head of line's elapsed wait, −1: nobody; its
 * class's recent mean wait, −1: none; the recently freed agents' weight), then the predictions and
 * announced times.
 */
export const RECORD: {
  readonly ahead: number;
  readonly foundIdle: number;
  readonly headWait: number;
  readonly recentWait: number;
  readonly freed: number;
  readonly predicted: number;
  readonly announced: number;
  readonly stride: number;
} = {
  ahead: 0,
  foundIdle: 1,
  headWait: 2,
  recentWait: 3,
  freed: 4,
  predicted: 5,
  announced: 5 + PREDICTOR_SLOTS,
  stride: 5 + 2 * PREDICTOR_SLOTS,
};
