/**
 * Whole agents for a fluid need: ⌈need⌉, except that a fractional part within rounding noise
 * (1e-9 relative for small needs, a few ulps for huge ones) is not an agent. Never drops more
 * than that fraction: huge needs are not rounded down by whole agents.
 * @internal
 */
export function wholeAgents(need: number): number {
  if (!(need > 0)) return 0;
  const below = Math.floor(need);
  const tolerance = Math.min(1e-9 * Math.max(1, need), 1e-6 + 16 * Number.EPSILON * need);
  return need - below > tolerance ? below + 1 : below;
}
