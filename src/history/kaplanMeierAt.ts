/**
 * One minus the Kaplan–Meier (1958) survival at `t` of waits where `events` are observed waits
 * (answered calls) and `censored` are waits cut short (callers who left or were still waiting):
 * the estimated P(V ≤ t) of the offered wait V. Ties: events before censorings. Internal; sorts
 * its inputs in place.
 */
export function kaplanMeierAt(events: number[], censored: number[], t: number): number {
  events.sort((a, b) => a - b);
  censored.sort((a, b) => a - b);
  let atRisk = events.length + censored.length;
  if (atRisk === 0) return 1;
  let survival = 1;
  let e = 0;
  let c = 0;
  while (e < events.length && (events[e] as number) <= t) {
    const time = events[e] as number;
    while (c < censored.length && (censored[c] as number) < time) {
      c++;
      atRisk--;
    }
    let deaths = 0;
    while (e < events.length && events[e] === time) {
      e++;
      deaths++;
    }
    survival *= 1 - deaths / atRisk;
    atRisk -= deaths;
  }
  return 1 - survival;
}
