import { QueueInputError } from '../../math/QueueInputError.js';

/** The options object of a tracker query, refusing unknown names (named in the error). */
export function readOptions(options: unknown, known: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new QueueInputError('options', options, 'an options object');
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o))
    if (!known.includes(key)) throw new QueueInputError(`options.${key}`, o[key], `no such option (options: ${known.join(', ')})`);
  return o;
}

/** An integer option in [min, 1e9]. */
export function integerOption(name: string, value: unknown, min = -1e6): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 1e9)
    throw new QueueInputError(name, value, `an integer from ${min} to 1e9`);
  return value;
}
