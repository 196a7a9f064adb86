/**
 * The plain staffing search most Erlang C calculators use, kept as the baseline `requiredAgents`
 * is measured against (it is not part of the library): Erlang B by the O(n) recursion
 * B_k = aB_{k−1}/(k + aB_{k−1}) from B_0 = 1 (Erlang 1917), Erlang C from it, and a binary search
 * over the integer number of agents between the load and a bracket found by doubling steps.
 * Returns only the number of agents (no metrics, no fractional agents, no checks).
 */

function erlangBRecursion(n: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= n; k++) b = (load * b) / (k + load * b);
  return b;
}

function serviceLevel(n: number, load: number, answerTime: number, handleTime: number): number {
  if (n <= load) return 0;
  const b = erlangBRecursion(n, load);
  const c = b / (1 - (load / n) * (1 - b));
  return 1 - c * Math.exp((-(n - load) * answerTime) / handleTime);
}

/** Fewest agents with a service level of at least `target` within `answerTime` seconds. */
export function plainRequiredAgents(arrivalRate: number, handleTime: number, target: number, answerTime: number): number {
  const load = arrivalRate * handleTime;
  const meets = (n: number): boolean => serviceLevel(n, load, answerTime, handleTime) >= target;
  let lo = Math.floor(load); // fails: unstable
  let step = 1;
  let hi = lo + step;
  while (!meets(hi)) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
