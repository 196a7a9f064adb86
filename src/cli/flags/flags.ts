import type { ParseArgsConfig } from 'node:util';
import type { Demand } from '../../index.js';
import { MIN_AVAILABILITY } from '../../staffing/staffingPlan.js';
import { UsageError } from '../UsageError.js';
import { durationFlag } from './parseDuration.js';
import { fractionFlag } from './parseFraction.js';
import { numberFlag } from './parseNumberFlag.js';
import { type ServiceLevelTarget, serviceLevelFlag } from './parseServiceLevel.js';

/** Parsed flag values as `node:util` `parseArgs` returns them. */
export type FlagValues = Record<string, string | boolean | undefined>;

/** Option definitions for `parseArgs`. */
export type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** Flags that describe one queue's demand (shared by analyze, staff, simulate). */
export const DEMAND_FLAGS: FlagOptions = {
  calls: { type: 'string', short: 'c' },
  interval: { type: 'string', short: 'i' },
  rate: { type: 'string' },
  aht: { type: 'string' },
  patience: { type: 'string', short: 'p' },
};

/** Flags every command accepts. */
export const COMMON_FLAGS: FlagOptions = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean' },
};

/** Largest offered load (Erlangs) a command takes: far beyond any contact centre. */
export const MAX_LOAD = 1e9;

/** Longest handle time (s) the load check takes as plausible: past it, an overload blames --aht, not the volume. */
const MAX_PLAUSIBLE_AHT = 86_400;

/** Most calls the command measures in one run (a few seconds of CPU). */
export const MAX_BUDGET = 50_000_000;

/** The library's {@link Demand} as the flags give it: with the calls and interval they came from. */
export interface FlagDemand extends Demand {
  /** Calls per interval, when given so. */
  calls?: number;
  /** Interval length, s. */
  interval: number;
}

/** Reads a string flag, or `undefined` when absent. */
export function stringFlag(values: FlagValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Reads a required string flag or throws naming it. */
export function required(values: FlagValues, name: string, example: string): string {
  const v = stringFlag(values, name);
  if (v === undefined) throw new UsageError(`--${name} is required (e.g. --${name} ${example})`);
  return v;
}

/** Builds the demand from `--calls/--interval` or `--rate`, `--aht` and `--patience`. */
export function demandFrom(values: FlagValues): FlagDemand {
  const interval =
    stringFlag(values, 'interval') === undefined ? 1800 : durationFlag('interval', stringFlag(values, 'interval') as string, true);
  const rate = stringFlag(values, 'rate');
  const callsText = stringFlag(values, 'calls');
  if (rate !== undefined && callsText !== undefined) throw new UsageError('--rate and --calls: give one of them, not both');
  let arrivalRate: number;
  let calls: number | undefined;
  if (rate !== undefined) arrivalRate = numberFlag('rate', rate);
  else {
    calls = numberFlag('calls', required(values, 'calls', '1200'));
    arrivalRate = calls / interval;
  }
  if (!Number.isFinite(arrivalRate)) {
    throw new UsageError(
      `--interval: expected a duration long enough that --calls per --interval is a finite rate, got ${JSON.stringify(stringFlag(values, 'interval'))}`,
    );
  }
  const handleTime = durationFlag('aht', required(values, 'aht', '4m30s'), true);
  if (!(arrivalRate * handleTime <= MAX_LOAD)) {
    // blame the handle time only when it is beyond any contact centre's (a day); else the volume
    const volume = rate === undefined ? 'calls' : 'rate';
    const flag = handleTime > MAX_PLAUSIBLE_AHT ? 'aht' : volume;
    throw new UsageError(
      `--${flag}: expected an offered load (${rate === undefined ? '--calls per --interval' : '--rate'} × --aht) of at most ${MAX_LOAD} Erlangs, got ${JSON.stringify(stringFlag(values, flag))} (${(arrivalRate * handleTime).toPrecision(3)} Erlangs)`,
    );
  }
  const patienceText = stringFlag(values, 'patience');
  const patience =
    patienceText === undefined || /^(inf|infinity|none)$/i.test(patienceText) ? undefined : durationFlag('patience', patienceText, true);
  return {
    arrivalRate,
    handleTime,
    interval,
    ...(calls === undefined ? {} : { calls }),
    ...(patience === undefined ? {} : { patience }),
  };
}

/** Reads `--sl 80/20` (or the default) as a target. */
export function slFrom(values: FlagValues, fallback: string | null = '80/20'): ServiceLevelTarget | undefined {
  const v = stringFlag(values, 'sl') ?? fallback;
  return v === null ? undefined : serviceLevelFlag('sl', v);
}

/** Reads an optional fraction flag. */
export function fractionOpt(values: FlagValues, name: string, below1 = false): number | undefined {
  const v = stringFlag(values, name);
  return v === undefined ? undefined : fractionFlag(name, v, { below1 });
}

/**
 * Reads `--availability` (plan, schedule): the share of agents on shift who answer calls, from
 * the lowest a plan takes (0.001) to 1; 1 when absent.
 */
export function availabilityFlag(values: FlagValues): number {
  const availability = fractionOpt(values, 'availability') ?? 1;
  if (!(availability >= MIN_AVAILABILITY))
    throw new UsageError(
      `--availability: expected a fraction from ${MIN_AVAILABILITY} to 1 such as 64%, got ${JSON.stringify(stringFlag(values, 'availability'))}`,
    );
  return availability;
}

/** Reads an optional duration flag. */
export function durationOpt(values: FlagValues, name: string): number | undefined {
  const v = stringFlag(values, name);
  return v === undefined ? undefined : durationFlag(name, v);
}

/** Reads `--seed`. */
export function seedFrom(values: FlagValues): number {
  const s = stringFlag(values, 'seed');
  return s === undefined ? 1 : numberFlag('seed', s, { integer: true });
}
