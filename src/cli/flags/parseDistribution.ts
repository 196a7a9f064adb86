import type { Distribution } from '../../index.js';
import { UsageError } from '../UsageError.js';

/**
 * Parses a distribution shape for a given mean: `exponential` (`exp`), `deterministic`
 * (`fixed`), `lognormal:CV`, `gamma:CV`, `erlang:K`. The mean comes from --aht / --patience.
 */
export function distributionFlag(flag: string, text: string, mean: number): Distribution {
  const m = /^\s*([a-z-]+)\s*(?::\s*(\d+(?:\.\d+)?|\.\d+))?\s*$/i.exec(text);
  const kind = m?.[1]?.toLowerCase();
  const param = m?.[2] === undefined ? undefined : Number(m[2]);
  const fail = (): never => {
    throw new UsageError(
      `--${flag}: expected exponential, deterministic, lognormal:CV, gamma:CV or erlang:K (e.g. lognormal:0.8), got ${JSON.stringify(text)}`,
    );
  };
  switch (kind) {
    case 'exp':
    case 'exponential':
      if (param !== undefined) fail();
      return { kind: 'exponential', mean };
    case 'fixed':
    case 'constant':
    case 'deterministic':
      if (param !== undefined) fail();
      return { kind: 'deterministic', mean };
    case 'lognormal':
    case 'log-normal':
      if (param === undefined || !(param > 0)) return fail();
      return { kind: 'lognormal', mean, cv: param };
    case 'gamma':
      if (param === undefined || !(param > 0)) return fail();
      return { kind: 'gamma', mean, cv: param };
    case 'erlang':
      if (param === undefined || !Number.isInteger(param) || param < 1) return fail();
      return { kind: 'erlang', mean, phases: param };
    default:
      return fail();
  }
}
