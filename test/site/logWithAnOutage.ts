// A made-up call log with a day the forecast reports as unusual, for the log page's tests.

/**
 * Six weeks of a made-up call log (2024-01-01 to 02-11, calls spread evenly over 08:00–18:00,
 * answered at once), whose Wednesday 2024-01-24 had a fifth of its calls: a day the forecast
 * reports as unusual.
 */
export function logWithAnOutage(): string {
  const clock = (t: number): string => new Date(t * 1000).toISOString().slice(11, 19);
  const lines = ['id,date,offered_at,answered_at,abandoned_at,ended_at'];
  for (let day = 0; day < 42; day++) {
    const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
    const weekend = day % 7 >= 5;
    const calls = date === '2024-01-24' ? 40 : weekend ? 100 + (day % 5) : 200 + ((day * 7) % 11);
    for (let k = 0; k < calls; k++) {
      const t = 8 * 3600 + Math.floor(((k + 0.5) * 36_000) / calls);
      lines.push(`${lines.length},${date},${clock(t)},${clock(t)},,${clock(t + 120)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
