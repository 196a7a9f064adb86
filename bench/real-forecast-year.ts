/**
 * Forecast accuracy on half a year of the bank's arrivals (January–June 1999, per 6 minutes,
 * summed to half-hours; ../shared/data/ or QUEUECAST_BANK_ARRIVALS). Rolling weekly origins from
 * 1 February: `forecastArrivals` with its defaults on every half-hour before the origin, forecasting
 * the next 7 days, scored on the open hours (Sunday–Thursday 07–24). Baselines computed here,
 * independently: seasonal naive (the same half-hour a week earlier), the 4-week average (the same
 * half-hour on the same weekday over the four weeks before) and the Poisson floor √(mean count);
 * and an oracle (not a forecast) that rescales each forecast day to the day's actual calls: the
 * error left within days.
 * Where the error comes from: the same RMSEs on ordinary days and on the unusual days that
 * `forecastArrivals`' own anomaly search flags once it sees the whole half-year (no date list), and
 * the bound of a forecaster without a calendar that knew every ordinary day's total exactly
 * (unusual days as forecast); for the re-forecast, the ratio on each kind of day and an oracle
 * that knew the afternoon's total.
 * Also: 95% interval coverage overall and per hour of day; the afternoon (12–24) RMSE of
 * `reforecastDay` at 12:00 from the day's 07–12 counts against the day-ahead forecast (history to
 * the day's midnight); and the time to forecast from a year of half-hours. No calendar is given:
 * the holidays in the data are nobody's labels. Figures per half-year and per quarter of origins
 * (Feb–Mar is where the method was developed; Apr–Jun confirms it).
 * Run: `npm run bench:forecast-year` (`-- --json` for JSON, `-- --quick` to skip the day-ahead runs).
 */
import { type ArrivalForecast, forecastArrivals, type HistoryRow, reforecastDay } from '../src/index.js';
import { loadBankArrivals } from './realData/bankArrivals.js';

const HALF = 1800;
const DAY = 86_400;
const S = DAY / HALF;
const { firstDay, counts, days } = loadBankArrivals(HALF);
const weekday = (day: number): number => new Date((firstDay + day * DAY) * 1000).getUTCDay();
const historyBefore = (day: number): HistoryRow[] =>
  Array.from({ length: day * S }, (_, k) => ({ start: firstDay + k * HALF, length: HALF, calls: counts[k] as number }));
const scoredDay = (day: number): boolean => weekday(day) <= 4;
const OPEN = 14; // 07:00
const NOON = 24;

interface Tally {
  se: Record<string, number>;
  /** Intervals behind each squared-error sum. */
  count: Record<string, number>;
  n: number;
  sum: number;
  inside: number;
  insideByHour: number[];
  nByHour: number[];
  insideByWeekday: number[];
  nByWeekday: number[];
}
const tally = (): Tally => ({
  se: {},
  count: {},
  n: 0,
  sum: 0,
  inside: 0,
  insideByHour: Array(24).fill(0),
  nByHour: Array(24).fill(0),
  insideByWeekday: Array(7).fill(0),
  nByWeekday: Array(7).fill(0),
});
const add = (t: Tally, name: string, e: number): void => {
  t.se[name] = (t.se[name] ?? 0) + e * e;
  t.count[name] = (t.count[name] ?? 0) + 1;
};
const rmseOf = (se: Record<string, number>, count: Record<string, number>, name: string): number =>
  Math.sqrt((se[name] ?? 0) / (count[name] ?? 1));
// Days the library's own anomaly search flags once it sees the whole half-year (weeks each side
// of every day): where the error comes from, ordinary days against unusual ones. No date list.
const unusualDays = new Set(forecastArrivals(historyBefore(days), { days: 1 }).anomalies.map((a) => Math.round((a.day - firstDay) / DAY)));

const origins: number[] = [];
for (let o = Math.round((Date.UTC(1999, 1, 1) / 1000 - firstDay) / DAY); o < days; o += 7) origins.push(o);
const quarterOf = (day: number): string => (new Date((firstDay + day * DAY) * 1000).getUTCMonth() < 3 ? 'Feb–Mar' : 'Apr–Jun');
const periods: Record<string, Tally> = { 'Feb–Jun': tally(), 'Feb–Mar': tally(), 'Apr–Jun': tally() };
const afternoon: Record<string, { se: Record<string, number>; count: Record<string, number>; n: number; inside: number }> = {};
const quick = process.argv.includes('--quick');
const anomalies: string[] = [];

const dayAheadCache = new Map<number, ArrivalForecast>();
for (const origin of origins) {
  const forecast = forecastArrivals(historyBefore(origin), { days: 7 });
  if (origin === origins[origins.length - 1])
    for (const a of forecast.anomalies) anomalies.push(`${new Date(a.day * 1000).toISOString().slice(0, 10)} ×${a.ratio.toFixed(2)}`);
  const byStart = new Map(forecast.rows.map((r) => [r.start, r]));
  for (let d = origin; d < Math.min(origin + 7, days); d++) {
    if (!scoredDay(d)) continue;
    // not a forecast: the forecast's own shape of the day × the day's actual calls
    let dayActual = 0;
    let dayForecast = 0;
    for (let k = 0; k < S; k++) {
      dayActual += counts[d * S + k] as number;
      dayForecast += byStart.get(firstDay + (d * S + k) * HALF)?.calls ?? 0;
    }
    for (const name of [quarterOf(origin), 'Feb–Jun']) {
      const t = periods[name] as Tally;
      for (let k = OPEN; k < S; k++) {
        const at = d * S + k;
        const actual = counts[at] as number;
        const row = byStart.get(firstDay + at * HALF);
        const f = row?.calls ?? 0;
        const rescaled = dayForecast > 0 ? (f * dayActual) / dayForecast : 0;
        const kind = unusualDays.has(d) ? 'unusual' : 'ordinary';
        add(t, 'forecastArrivals', actual - f);
        add(t, 'oracle', actual - rescaled);
        // the bound without a calendar: ordinary days' totals known, unusual days as forecast
        add(t, 'ordinary totals known', actual - (kind === 'ordinary' ? rescaled : f));
        add(t, `forecastArrivals ${kind}`, actual - f);
        add(t, `seasonal naive ${kind}`, actual - (counts[at - 7 * S] as number));
        add(t, 'seasonal naive', actual - (counts[at - 7 * S] as number));
        let four = 0;
        for (let j = 1; j <= 4; j++) four += counts[at - 7 * j * S] as number;
        add(t, '4-week average', actual - four / 4);
        t.n++;
        t.sum += actual;
        const hour = Math.floor(k / 2);
        t.nByHour[hour] = (t.nByHour[hour] as number) + 1;
        t.nByWeekday[weekday(d)] = (t.nByWeekday[weekday(d)] as number) + 1;
        if (row !== undefined && actual >= row.lower && actual <= row.upper) {
          t.inside++;
          t.insideByHour[hour] = (t.insideByHour[hour] as number) + 1;
          t.insideByWeekday[weekday(d)] = (t.insideByWeekday[weekday(d)] as number) + 1;
        }
      }
    }
    if (quick) continue;
    // Day-ahead (history to the day's midnight) and the re-forecast at 12:00 from 07–12.
    const ahead = dayAheadCache.get(d) ?? forecastArrivals(historyBefore(d), { days: 1 });
    dayAheadCache.set(d, ahead);
    const morning = Array.from({ length: NOON }, (_, k) => ({
      start: firstDay + (d * S + k) * HALF,
      seconds: HALF,
      calls: counts[d * S + k] as number,
    }));
    const update = reforecastDay(ahead, morning);
    const aheadByStart = new Map(ahead.rows.map((r) => [r.start, r]));
    const updateByStart = new Map(update.rows.map((r) => [r.start, r]));
    let aheadAfternoon = 0;
    let actualAfternoon = 0;
    for (let k = NOON; k < S; k++) {
      aheadAfternoon += aheadByStart.get(firstDay + (d * S + k) * HALF)?.calls ?? 0;
      actualAfternoon += counts[d * S + k] as number;
    }
    const kind = unusualDays.has(d) ? 'unusual' : 'ordinary';
    for (const name of [quarterOf(origin), 'Feb–Jun']) {
      const a = afternoon[name] ?? { se: {}, count: {}, n: 0, inside: 0 };
      afternoon[name] = a;
      for (let k = NOON; k < S; k++) {
        const at = d * S + k;
        const actual = counts[at] as number;
        const start = firstDay + at * HALF;
        const u = updateByStart.get(start);
        const before = aheadByStart.get(start)?.calls ?? 0;
        for (const [m, f] of [
          ['day-ahead', before],
          ['re-forecast at 12:00', u?.calls ?? 0],
          ['seasonal naive', counts[at - 7 * S] as number],
          // not a forecast: the day-ahead afternoon rescaled to the afternoon's actual calls
          ['afternoon total known', aheadAfternoon > 0 ? (before * actualAfternoon) / aheadAfternoon : 0],
          [`day-ahead ${kind}`, before],
          [`re-forecast ${kind}`, u?.calls ?? 0],
        ] as const) {
          a.se[m] = (a.se[m] ?? 0) + (actual - f) ** 2;
          a.count[m] = (a.count[m] ?? 0) + 1;
        }
        a.n++;
        if (u !== undefined && actual >= u.lower && actual <= u.upper) a.inside++;
      }
    }
  }
}

const fixed = (x: number, digits = 1): number => Number(x.toFixed(digits));
const table = Object.entries(periods).map(([name, t]) => {
  const rmse = (m: string): number => rmseOf(t.se, t.count, m);
  const below = (m: string, naive = 'seasonal naive'): string => `${(100 * (1 - rmse(m) / rmse(naive))).toFixed(1)}%`;
  const floor = Math.sqrt(t.sum / t.n);
  const worstHour = t.insideByHour
    .map((v, h) => ({ h, c: (t.nByHour[h] as number) > 0 ? v / (t.nByHour[h] as number) : NaN }))
    .filter((x) => !Number.isNaN(x.c));
  return {
    origins: name,
    'RMSE forecastArrivals': fixed(rmse('forecastArrivals')),
    'seasonal naive': fixed(rmse('seasonal naive')),
    'below naive': below('forecastArrivals'),
    '4-week average': fixed(rmse('4-week average')),
    'Poisson floor': `${floor.toFixed(1)} (×${(rmse('forecastArrivals') / floor).toFixed(2)})`,
    'oracle: day total known': fixed(rmse('oracle')),
    '95% cover': `${((100 * t.inside) / t.n).toFixed(1)}%`,
    'hour min–max': `${(100 * Math.min(...worstHour.map((x) => x.c))).toFixed(1)}–${(100 * Math.max(...worstHour.map((x) => x.c))).toFixed(1)}%`,
    sources: {
      origins: name,
      'ordinary days': `${rmse('forecastArrivals ordinary').toFixed(1)} vs ${rmse('seasonal naive ordinary').toFixed(1)} (${below('forecastArrivals ordinary', 'seasonal naive ordinary')})`,
      'unusual days': `${rmse('forecastArrivals unusual').toFixed(1)} vs ${rmse('seasonal naive unusual').toFixed(1)} (${below('forecastArrivals unusual', 'seasonal naive unusual')}), ${t.count['forecastArrivals unusual'] ?? 0} intervals`,
      'ordinary totals known': `${rmse('ordinary totals known').toFixed(1)} (${below('ordinary totals known')})`,
    },
    byHour: Object.fromEntries(worstHour.map((x) => [String(x.h).padStart(2, '0'), fixed(100 * x.c)])),
    byWeekday: Object.fromEntries(
      ['Sun', 'Mon', 'Tue', 'Wed', 'Thu'].map((name, w) => [
        name,
        fixed((100 * (t.insideByWeekday[w] as number)) / (t.nByWeekday[w] as number)),
      ]),
    ),
  };
});
const update = Object.entries(afternoon).map(([name, a]) => {
  const rmse = (m: string): number => rmseOf(a.se, a.count, m);
  return {
    origins: name,
    'afternoon RMSE day-ahead': fixed(rmse('day-ahead')),
    're-forecast at 12:00': fixed(rmse('re-forecast at 12:00')),
    ratio: fixed(rmse('re-forecast at 12:00') / rmse('day-ahead'), 3),
    'ordinary days': fixed(rmse('re-forecast ordinary') / rmse('day-ahead ordinary'), 3),
    'unusual days': fixed(rmse('re-forecast unusual') / rmse('day-ahead unusual'), 3),
    'oracle: afternoon total known': fixed(rmse('afternoon total known') / rmse('day-ahead'), 3),
    'seasonal naive': fixed(rmse('seasonal naive')),
    '95% cover (re-forecast)': `${((100 * a.inside) / a.n).toFixed(1)}%`,
  };
});

// A year of half-hours: 365 days, the first 25 weeks repeated (weekdays kept).
const period = 25 * 7 * S;
const year: HistoryRow[] = Array.from({ length: 365 * S }, (_, k) => ({
  start: firstDay + k * HALF,
  length: HALF,
  calls: counts[k % period] as number,
}));
const times: number[] = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  forecastArrivals(year, { days: 7 });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const timing = { yearHalfHours: year.length, medianMs: fixed(times[3] as number, 0), minMs: fixed(times[0] as number, 0) };
if (process.argv.includes('--json')) console.log(JSON.stringify({ table, update, timing, anomalies }, null, 2));
else {
  console.table(table.map(({ byHour: _, byWeekday: __, sources: ___, ...r }) => r));
  console.log('where the error comes from (RMSE vs seasonal naive; days the anomaly search flags on the whole half-year):');
  console.table(table.map((r) => r.sources));
  for (const r of table) console.log(r.origins, 'coverage by hour', JSON.stringify(r.byHour), 'by weekday', JSON.stringify(r.byWeekday));
  console.table(update);
  console.log('anomalous days found in the history of the last origin:', anomalies.join(', '));
  console.log('a year of half-hours:', timing);
}
