import type { StaffingTarget } from '../../index.js';
import { availabilityFlag, durationOpt, type FlagValues, fractionOpt, stringFlag } from '../flags/flags.js';
import { numberFlag } from '../flags/parseNumberFlag.js';
import { serviceLevelFlag } from '../flags/parseServiceLevel.js';
import { targetFrom } from '../flags/targetFlags.js';
import { type ForecastDefaults, readForecast } from '../readers/readForecast.js';
import { readInputFile } from '../readers/readInputFile.js';
import { UsageError } from '../UsageError.js';
import type { PlanSettings } from './PlanSettings.js';
import { type Plan, planForecast } from './planForecast.js';

/** Reads the forecast file and plans it; shared with the demo. */
export function planFile(
  file: string,
  values: FlagValues,
): {
  plan: Plan;
  shrinkage: number;
  availability: number;
  shift: number;
  target: StaffingTarget;
  method: 'sipp' | 'offeredLoad';
} {
  const target = targetFrom(values);
  const shrinkage = fractionOpt(values, 'shrinkage', true) ?? 0;
  const availability = availabilityFlag(values);
  const methodText = (stringFlag(values, 'method') ?? 'sipp').toLowerCase();
  const method = methodText === 'sipp' ? 'sipp' : methodText === 'offered-load' || methodText === 'offeredload' ? 'offeredLoad' : undefined;
  if (method === undefined)
    throw new UsageError(`--method: expected sipp or offered-load, got ${JSON.stringify(stringFlag(values, 'method'))}`);
  const defaults: ForecastDefaults = {};
  const length = durationOpt(values, 'interval');
  if (length !== undefined) {
    if (length <= 0)
      throw new UsageError(`--interval: expected a positive duration such as 30m, got ${JSON.stringify(stringFlag(values, 'interval'))}`);
    defaults.length = length;
  }
  const aht = durationOpt(values, 'aht');
  if (aht !== undefined) {
    if (aht <= 0)
      throw new UsageError(`--aht: expected a positive duration such as 4m30s, got ${JSON.stringify(stringFlag(values, 'aht'))}`);
    defaults.handleTime = aht;
  }
  const patience = durationOpt(values, 'patience');
  if (patience !== undefined) {
    if (patience <= 0)
      throw new UsageError(`--patience: expected a positive duration such as 3m, got ${JSON.stringify(stringFlag(values, 'patience'))}`);
    defaults.patience = patience;
  }
  const shift = durationOpt(values, 'shift') ?? 8 * 3600;
  if (!(shift > 0))
    throw new UsageError(`--shift: expected a positive duration such as 7h30m, got ${JSON.stringify(stringFlag(values, 'shift'))}`);
  const forecast = readForecast(file, readInputFile(file), defaults);
  // fractional agents appear in CSV (three decimals) and JSON (full precision), not in the table
  const fractionalTolerance = values.json === true ? 1e-9 : stringFlag(values, 'csv') !== undefined ? 5e-5 : Infinity;
  const settings: PlanSettings = { shrinkage, availability, method, concurrency: 2, fractionalTolerance, shift };
  const conc = stringFlag(values, 'concurrency');
  if (conc !== undefined) settings.concurrency = numberFlag('concurrency', conc, { integer: true, positive: true });
  const chatSl = stringFlag(values, 'chat-sl');
  if (chatSl !== undefined) {
    const sl = serviceLevelFlag('chat-sl', chatSl);
    settings.chatTarget = { ...target, serviceLevel: sl.serviceLevel, answerTime: sl.answerTime };
  }
  const response = durationOpt(values, 'email-response');
  if (response !== undefined) {
    if (response <= 0)
      throw new UsageError(
        `--email-response: expected a positive duration such as 4h, got ${JSON.stringify(stringFlag(values, 'email-response'))}`,
      );
    settings.responseTime = response;
  }
  return { plan: planForecast(forecast, target, settings), shrinkage, availability, shift, target, method };
}
