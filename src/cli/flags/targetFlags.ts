import type { StaffingTarget } from '../../index.js';
import { UsageError } from '../UsageError.js';
import { durationOpt, type FlagOptions, type FlagValues, fractionOpt, slFrom, stringFlag } from './flags.js';

/** Flags for staffing targets (staff and plan). */
export const TARGET_FLAGS: FlagOptions = {
  sl: { type: 'string' },
  asa: { type: 'string' },
  'max-abandon': { type: 'string' },
  'max-occupancy': { type: 'string' },
  'max-wait-prob': { type: 'string' },
  shrinkage: { type: 'string', short: 's' },
};

/** Reads the staffing target from flags; 80/20 when no target flag is given. */
export function targetFrom(values: FlagValues): StaffingTarget {
  const t: StaffingTarget = {};
  const anyOther = ['asa', 'max-abandon', 'max-occupancy', 'max-wait-prob'].some((k) => stringFlag(values, k) !== undefined);
  const sl = slFrom(values, anyOther ? null : '80/20');
  if (sl !== undefined) {
    t.serviceLevel = sl.serviceLevel;
    t.answerTime = sl.answerTime;
  }
  const asa = durationOpt(values, 'asa');
  if (asa !== undefined) t.asa = asa;
  const abandon = fractionOpt(values, 'max-abandon');
  if (abandon !== undefined) t.maxAbandon = abandon;
  const occupancy = fractionOpt(values, 'max-occupancy');
  if (occupancy !== undefined) {
    if (occupancy <= 0)
      throw new UsageError(
        `--max-occupancy: expected a percentage above 0% such as 85%, got ${JSON.stringify(stringFlag(values, 'max-occupancy'))}`,
      );
    t.maxOccupancy = occupancy;
  }
  const probWait = fractionOpt(values, 'max-wait-prob');
  if (probWait !== undefined) t.maxProbWait = probWait;
  if (t.answerTime === undefined) t.answerTime = 20;
  return t;
}
