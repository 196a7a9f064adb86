import { fractionExcluding, nonNegative, optionsObject, plainObject } from '../math/checks.js';
import { QueueInputError } from '../math/QueueInputError.js';

/**
 * Shrinkage: the fraction of paid agent time not available to answer contacts, either as one
 * fraction or as named components (e.g. `{ breaks: 0.1, training: 0.05, absence: 0.08 }`).
 */
export type Shrinkage = number | Readonly<Record<string, number>>;

/** Options for {@link totalShrinkage} and {@link scheduledAgents}. */
export interface ShrinkageOptions {
  /**
   * How components combine. `'add'`: each is a fraction of paid time, total = Σ sᵢ (the usual
   * workforce-management convention). `'multiply'`: each applies to the time the previous ones
   * leave, total = 1 − Π(1 − sᵢ).
   * @defaultValue `'add'`
   */
  shrinkageCombine?: 'add' | 'multiply';
}

/**
 * The total shrinkage of one fraction or of named components.
 *
 * @param shrinkage - a fraction in [0, 1), or an object of named fractions
 * @param options - `{ shrinkageCombine? }`: `'add'` (default) or `'multiply'`
 * @returns the total fraction of paid time lost, in [0, 1)
 * @throws {QueueInputError} when a fraction is outside [0, 1) or the total reaches 1
 * @example
 * totalShrinkage({ breaks: 0.1, training: 0.05, absence: 0.15 }); // ≈ 0.3
 * totalShrinkage({ breaks: 0.1, absence: 0.1 }, { shrinkageCombine: 'multiply' }); // ≈ 0.19
 */
export function totalShrinkage(shrinkage: Shrinkage, options: ShrinkageOptions = {}): number {
  const combine = optionsObject(options).shrinkageCombine ?? 'add';
  if (combine !== 'add' && combine !== 'multiply') {
    throw new QueueInputError('options.shrinkageCombine', combine, "'add' or 'multiply'");
  }
  if (typeof shrinkage === 'number') return fractionExcluding(1, 'shrinkage', shrinkage);
  const parts = plainObject('shrinkage', shrinkage);
  let sum = 0;
  let kept = 1;
  for (const [name, value] of Object.entries(parts)) {
    const s = fractionExcluding(1, `shrinkage.${name}`, value);
    sum += s;
    kept *= 1 - s;
  }
  const total = combine === 'add' ? sum : 1 - kept;
  if (!(total < 1)) throw new QueueInputError('shrinkage', shrinkage, 'components that leave some time to work (total < 1)');
  return total;
}

/**
 * Agents to schedule so that `agents` are available after shrinkage: the smallest integer k with
 * k·(1 − s) ≥ agents, i.e. ⌈agents/(1 − s)⌉ (rounding noise in the division is not allowed to
 * add an agent: 14/0.7 is 20, not 21).
 *
 * @param agents - agents needed on the phones (≥ 0; may be fractional)
 * @param shrinkage - a fraction in [0, 1) or named components (see {@link totalShrinkage})
 * @param options - `{ shrinkageCombine? }` for components
 * @returns the number of agents to schedule, an integer
 * @throws {QueueInputError} on a negative agent count or bad shrinkage (`code` `'limit-reached'`
 *   when the count to schedule overflows to ∞)
 * @example
 * scheduledAgents(14, 0.3); // => 20
 * scheduledAgents(14, { breaks: 0.1, training: 0.05, absence: 0.15 }); // => 20
 */
export function scheduledAgents(agents: number, shrinkage: Shrinkage, options: ShrinkageOptions = {}): number {
  const n = nonNegative('agents', agents);
  return scheduledAgentsKernel(n, totalShrinkage(shrinkage, options));
}

/** {@link scheduledAgents} for checked input and a total shrinkage. @internal */
export function scheduledAgentsKernel(agents: number, shrinkage: number): number {
  const quotient = agents / (1 - shrinkage);
  if (quotient === Infinity) {
    throw new QueueInputError('agents', agents, `a need that stays finite after shrinkage ${shrinkage}`, 'limit-reached');
  }
  // ⌈q⌉, except that rounding noise in the division may not add an agent (14/0.7 is 20, not 21):
  // a fractional part within 4 ulps of q is dropped. Integers (every q ≥ 2⁵²) stay as they are.
  const below = Math.floor(quotient);
  const fraction = quotient - below;
  return fraction > 0 && fraction > 4 * Number.EPSILON * quotient ? below + 1 : below;
}
