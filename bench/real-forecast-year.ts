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
 * Also: 95% interval coverage overall, per hour of day, per weekday and per kind of day (ordinary,
 * the week after an unusual day, unusual; with the calendar, its labelled days and the others); the afternoon (12–24) RMSE of
 * `reforecastDay` at 12:00 from the day's 07–12 counts against the day-ahead forecast (history to
 * the day's midnight), and the same for the week's plan (the origin's forecast, up to 7 days old)
 * re-forecast from the same morning; and the time to forecast from a year of half-hours. The headline rows give
 * no calendar: the holidays in the data are nobody's labels. Separate rows ("calendar given") run
 * the same protocol with the calendar a planner would give `queuecast forecast --calendar`
 * (realData/israel-1999-calendar.csv: Israel's official holidays of 1999 and their eves, from the
 * Hebrew calendar, with the planner's guess for a label not yet seen). The error is split into
 * unusual days, the week after one and other ordinary days; the re-forecast is bounded by the
 * best linear rule (with a constant) in the morning's level (or in each of its half-hours) fitted on
 * the scored days themselves, by the re-forecast with every unusual day's afternoon total known, and
 * by both at once: unusual afternoons known, the best linear rule in hindsight on the other days
 * (none is a forecast).
 * Figures per half-year and per quarter of origins (Feb–Mar is where the method was developed;
 * Apr–Jun confirms it).
 * Run: `npm run bench:forecast-year` (`-- --json` for JSON, `-- --quick` to skip the day-ahead runs).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCalendar } from '../src/cli/readers/readCalendar.js';
import { type ArrivalForecast, type CalendarDay, forecastArrivals, type HistoryRow, reforecastDay } from '../src/index.js';
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
  /** Intervals scored and held per kind of day (ordinary, week after, unusual) and labelled or not. */
  insideByType: Record<string, number>;
  nByType: Record<string, number>;
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
  insideByType: {},
  nByType: {},
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
const quick = process.argv.includes('--quick');
/** Scored days within a week after an unusual one (an unusual day itself excluded): where level trackers went wrong. */
const afterUnusual = (d: number): boolean => !unusualDays.has(d) && [1, 2, 3, 4, 5, 6, 7].some((j) => unusualDays.has(d - j));
const kindOf = (d: number): string => (unusualDays.has(d) ? 'unusual' : afterUnusual(d) ? 'week after' : 'ordinary');
type Afternoon = { se: Record<string, number>; count: Record<string, number>; n: number; inside: number };

/** The rolling-origin protocol with `calendar` given to every forecast (none: the headline). */
function measure(calendar: readonly CalendarDay[] | undefined) {
  const periods: Record<string, Tally> = { 'Feb–Jun': tally(), 'Feb–Mar': tally(), 'Apr–Jun': tally() };
  const afternoon: Record<string, Afternoon> = {};
  const anomalies: string[] = [];
  const given = calendar === undefined ? {} : { calendar };
  const labelled = new Set((calendar ?? []).map((c) => Math.round((c.day - firstDay) / DAY)));
  /** The afternoons re-forecast: morning and afternoon ratios per slot, for the least-squares bound. */
  const pairs: { y: Float64Array; f: Float64Array; quarter: string; unusual: boolean }[] = [];
  const dayAheadCache = new Map<number, ArrivalForecast>();
  for (const origin of origins) {
    const forecast = forecastArrivals(historyBefore(origin), { days: 7, ...given });
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
          const kind = kindOf(d);
          add(t, 'forecastArrivals', actual - f);
          add(t, 'oracle', actual - rescaled);
          // the bound without a calendar: ordinary days' totals known, unusual days as forecast
          add(t, 'ordinary totals known', actual - (kind !== 'unusual' ? rescaled : f));
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
          const held = row !== undefined && actual >= row.lower && actual <= row.upper;
          for (const type of [kind, ...(calendar === undefined ? [] : [labelled.has(d) ? 'labelled' : 'not labelled'])]) {
            t.nByType[type] = (t.nByType[type] ?? 0) + 1;
            if (held) t.insideByType[type] = (t.insideByType[type] ?? 0) + 1;
          }
          if (held) {
            t.inside++;
            t.insideByHour[hour] = (t.insideByHour[hour] as number) + 1;
            t.insideByWeekday[weekday(d)] = (t.insideByWeekday[weekday(d)] as number) + 1;
          }
        }
      }
      if (quick) continue;
      // Day-ahead (history to the day's midnight) and the re-forecast at 12:00 from 07–12.
      const ahead = dayAheadCache.get(d) ?? forecastArrivals(historyBefore(d), { days: 1, ...given });
      dayAheadCache.set(d, ahead);
      const morning = Array.from({ length: NOON }, (_, k) => ({
        start: firstDay + (d * S + k) * HALF,
        seconds: HALF,
        calls: counts[d * S + k] as number,
      }));
      const update = reforecastDay(ahead, morning);
      // the week's plan (the origin's forecast, up to 7 days old) re-forecast from the same morning
      const planUpdate = new Map(reforecastDay(forecast, morning).rows.map((r) => [r.start, r.calls]));
      const aheadByStart = new Map(ahead.rows.map((r) => [r.start, r]));
      const updateByStart = new Map(update.rows.map((r) => [r.start, r]));
      let aheadAfternoon = 0;
      let actualAfternoon = 0;
      for (let k = NOON; k < S; k++) {
        aheadAfternoon += aheadByStart.get(firstDay + (d * S + k) * HALF)?.calls ?? 0;
        actualAfternoon += counts[d * S + k] as number;
      }
      const kind = kindOf(d);
      const dayAhead = new Float64Array(S);
      for (let k = 0; k < S; k++) dayAhead[k] = aheadByStart.get(firstDay + (d * S + k) * HALF)?.calls ?? 0;
      pairs.push({ y: counts.slice(d * S, (d + 1) * S), f: dayAhead, quarter: quarterOf(origin), unusual: kind === 'unusual' });
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
            ["the week's plan", byStart.get(start)?.calls ?? 0],
            ["the week's plan re-forecast", planUpdate.get(start) ?? 0],
            ['seasonal naive', counts[at - 7 * S] as number],
            // not a forecast: the day-ahead afternoon rescaled to the afternoon's actual calls
            ['afternoon total known', aheadAfternoon > 0 ? (before * actualAfternoon) / aheadAfternoon : 0],
            [`day-ahead ${kind}`, before],
            [`re-forecast ${kind}`, u?.calls ?? 0],
            // not a forecast: unusual days' afternoon totals known, the other days re-forecast
            [
              'unusual afternoons known',
              kind === 'unusual' && aheadAfternoon > 0 ? (before * actualAfternoon) / aheadAfternoon : (u?.calls ?? 0),
            ],
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
  return { periods, afternoon, anomalies, pairs };
}

const fixed = (x: number, digits = 1): number => Number(x.toFixed(digits));
const kindRow = (rmse: (m: string) => number, below: (m: string, naive?: string) => string, count: number, kind: string): string =>
  `${rmse(`forecastArrivals ${kind}`).toFixed(1)} vs ${rmse(`seasonal naive ${kind}`).toFixed(1)} (${below(`forecastArrivals ${kind}`, `seasonal naive ${kind}`)}), ${count} intervals`;
const dayAheadTable = (periods: Record<string, Tally>, label: string) =>
  Object.entries(periods).map(([name, t]) => {
    const rmse = (m: string): number => rmseOf(t.se, t.count, m);
    const below = (m: string, naive = 'seasonal naive'): string => `${(100 * (1 - rmse(m) / rmse(naive))).toFixed(1)}%`;
    const floor = Math.sqrt(t.sum / t.n);
    const worstHour = t.insideByHour
      .map((v, h) => ({ h, c: (t.nByHour[h] as number) > 0 ? v / (t.nByHour[h] as number) : NaN }))
      .filter((x) => !Number.isNaN(x.c));
    const weekdays = t.insideByWeekday
      .map((v, w) => ({ w, c: (t.nByWeekday[w] as number) > 0 ? v / (t.nByWeekday[w] as number) : NaN }))
      .filter((x) => !Number.isNaN(x.c));
    return {
      origins: `${name}${label}`,
      'RMSE forecastArrivals': fixed(rmse('forecastArrivals')),
      'seasonal naive': fixed(rmse('seasonal naive')),
      'below naive': below('forecastArrivals'),
      '4-week average': fixed(rmse('4-week average')),
      'Poisson floor': `${floor.toFixed(1)} (×${(rmse('forecastArrivals') / floor).toFixed(2)})`,
      'oracle: day total known': fixed(rmse('oracle')),
      '95% cover': `${((100 * t.inside) / t.n).toFixed(1)}%`,
      'hour min–max': `${(100 * Math.min(...worstHour.map((x) => x.c))).toFixed(1)}–${(100 * Math.max(...worstHour.map((x) => x.c))).toFixed(1)}%`,
      'weekday min–max': `${(100 * Math.min(...weekdays.map((x) => x.c))).toFixed(1)}–${(100 * Math.max(...weekdays.map((x) => x.c))).toFixed(1)}%`,
      byType: {
        origins: `${name}${label}`,
        ...Object.fromEntries(
          Object.entries(t.nByType).map(([type, n]) => [type, `${((100 * (t.insideByType[type] ?? 0)) / n).toFixed(1)}% of ${n}`]),
        ),
      },
      sources: {
        origins: `${name}${label}`,
        'ordinary days': kindRow(rmse, below, t.count['forecastArrivals ordinary'] ?? 0, 'ordinary'),
        'week after an unusual day': kindRow(rmse, below, t.count['forecastArrivals week after'] ?? 0, 'week after'),
        'unusual days': kindRow(rmse, below, t.count['forecastArrivals unusual'] ?? 0, 'unusual'),
        'squared error on unusual days': `${((100 * (t.se['forecastArrivals unusual'] ?? 0)) / (t.se.forecastArrivals ?? 1)).toFixed(0)}%`,
        'ordinary totals known': `${rmse('ordinary totals known').toFixed(1)} (${below('ordinary totals known')})`,
      },
      byHour: Object.fromEntries(worstHour.map((x) => [String(x.h).padStart(2, '0'), fixed(100 * x.c)])),
      byWeekday: Object.fromEntries(weekdays.map((x) => [['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][x.w], fixed(100 * x.c)])),
    };
  });

/**
 * Not a forecast: the afternoon ratio of the best update of a linear rule in the morning, fitted
 * on the scored days themselves (in sample): per afternoon slot, least squares of y ÷ f − 1 on
 * the ratios − 1 of the morning's `blocks` of slots (weights f²). With the 07–12 and 11–12 ratios:
 * what no rule of the morning's level can beat by much; with every half-hour of 07–12: what no
 * rule linear in the morning's intervals can beat by much.
 */
function linearFit(
  pairs: readonly { y: Float64Array; f: Float64Array }[],
  blocks: readonly (readonly [number, number])[],
): { fitted: number; ahead: number } {
  const ratio = (p: { y: Float64Array; f: Float64Array }, [from, to]: readonly [number, number]): number => {
    let y = 0;
    let f = 0;
    for (let k = from; k < to; k++) {
      y += p.y[k] as number;
      f += p.f[k] as number;
    }
    return f > 0 ? y / f - 1 : 0;
  };
  // the blocks' ratios and a constant (a bias of the day-ahead afternoon, fitted too)
  const n = blocks.length + 1;
  const xs = pairs.map((p) => [...blocks.map((block) => ratio(p, block)), 1]);
  let fitted = 0;
  let ahead = 0;
  for (let k = NOON; k < S; k++) {
    // normal equations [A | b], solved by Gauss–Jordan elimination (a singular pivot leaves its coefficient 0)
    const system = Array.from({ length: n }, () => new Float64Array(n + 1));
    pairs.forEach((p, d) => {
      const f = p.f[k] as number;
      const r = f > 0 ? (p.y[k] as number) / f - 1 : 0;
      const x = xs[d] as number[];
      for (let i = 0; i < n; i++) {
        const row = system[i] as Float64Array;
        for (let j = 0; j < n; j++) row[j] = (row[j] as number) + f * f * (x[i] as number) * (x[j] as number);
        row[n] = (row[n] as number) + f * f * (x[i] as number) * r;
      }
    });
    for (let i = 0; i < n; i++) {
      const pivot = (system[i] as Float64Array)[i] as number;
      if (!(Math.abs(pivot) > 1e-12)) continue;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const factor = ((system[j] as Float64Array)[i] as number) / pivot;
        for (let m = 0; m <= n; m++)
          (system[j] as Float64Array)[m] = ((system[j] as Float64Array)[m] as number) - factor * ((system[i] as Float64Array)[m] as number);
      }
    }
    const coefficients = system.map((row, i) => (Math.abs(row[i] as number) > 1e-12 ? (row[n] as number) / (row[i] as number) : 0));
    pairs.forEach((p, d) => {
      const f = p.f[k] as number;
      const y = p.y[k] as number;
      const x = xs[d] as number[];
      fitted += (y - f * (1 + coefficients.reduce((sum, c, i) => sum + c * (x[i] as number), 0))) ** 2;
      ahead += (y - f) ** 2;
    });
  }
  return { fitted, ahead };
}
const linearBound = (pairs: readonly { y: Float64Array; f: Float64Array }[], blocks: readonly (readonly [number, number])[]): number => {
  const { fitted, ahead } = linearFit(pairs, blocks);
  return Math.sqrt(fitted / ahead);
};
/**
 * Not a forecast: the afternoon ratio with every unusual day's afternoon total known (the day-ahead
 * afternoon rescaled to it) and the best linear rule in the morning's half-hours on the other days,
 * fitted on them in sample: what even a perfect detector of unusual days, with their volumes, added
 * to the best linear update of the others, would reach.
 */
function unusualKnownLinearBound(pairs: readonly { y: Float64Array; f: Float64Array; unusual: boolean }[]): number {
  const { fitted, ahead } = linearFit(
    pairs.filter((p) => !p.unusual),
    HALF_HOUR_BLOCKS,
  );
  let known = 0;
  let unusualAhead = 0;
  for (const p of pairs.filter((q) => q.unusual)) {
    let y = 0;
    let f = 0;
    for (let k = NOON; k < S; k++) {
      y += p.y[k] as number;
      f += p.f[k] as number;
    }
    for (let k = NOON; k < S; k++) {
      const forecast = p.f[k] as number;
      known += ((p.y[k] as number) - (f > 0 ? (forecast * y) / f : 0)) ** 2;
      unusualAhead += ((p.y[k] as number) - forecast) ** 2;
    }
  }
  return Math.sqrt((fitted + known) / (ahead + unusualAhead));
}
/** The morning's level (07–12) and its last hour; every half-hour of 07–12. */
const LEVEL_BLOCKS: readonly (readonly [number, number])[] = [
  [OPEN, NOON],
  [NOON - 2, NOON],
];
const HALF_HOUR_BLOCKS: readonly (readonly [number, number])[] = Array.from(
  { length: NOON - OPEN },
  (_, i) => [OPEN + i, OPEN + i + 1] as const,
);

const updateTable = (afternoon: Record<string, Afternoon>, pairs: ReturnType<typeof measure>['pairs'], label: string) =>
  Object.entries(afternoon).map(([name, a]) => {
    const rmse = (m: string): number => rmseOf(a.se, a.count, m);
    const ratio = (kind: string): number => fixed(rmse(`re-forecast ${kind}`) / rmse(`day-ahead ${kind}`), 3);
    return {
      origins: `${name}${label}`,
      'afternoon RMSE day-ahead': fixed(rmse('day-ahead')),
      're-forecast at 12:00': fixed(rmse('re-forecast at 12:00')),
      ratio: fixed(rmse('re-forecast at 12:00') / rmse('day-ahead'), 3),
      "the week's plan": fixed(rmse("the week's plan")),
      'its re-forecast': fixed(rmse("the week's plan re-forecast")),
      'ratio to the plan': fixed(rmse("the week's plan re-forecast") / rmse("the week's plan"), 3),
      'ordinary days': ratio('ordinary'),
      'week after': ratio('week after'),
      'unusual days': ratio('unusual'),
      'bound: linear in the morning': fixed(
        linearBound(
          pairs.filter((p) => name === 'Feb–Jun' || p.quarter === name),
          LEVEL_BLOCKS,
        ),
        3,
      ),
      'bound: linear in its half-hours': fixed(
        linearBound(
          pairs.filter((p) => name === 'Feb–Jun' || p.quarter === name),
          HALF_HOUR_BLOCKS,
        ),
        3,
      ),
      'oracle: unusual afternoons known': fixed(rmse('unusual afternoons known') / rmse('day-ahead'), 3),
      'bound: unusual known, linear on the rest': fixed(
        unusualKnownLinearBound(pairs.filter((p) => name === 'Feb–Jun' || p.quarter === name)),
        3,
      ),
      'oracle: afternoon total known': fixed(rmse('afternoon total known') / rmse('day-ahead'), 3),
      'seasonal naive': fixed(rmse('seasonal naive')),
      '95% cover (re-forecast)': `${((100 * a.inside) / a.n).toFixed(1)}%`,
    };
  });

const headline = measure(undefined);
// A calendar as a planner would give it (`queuecast forecast --calendar`): Israel's official
// holidays of 1999 and their eves from the Hebrew calendar, with the planner's guesses for a label
// not yet seen (eve × 0.5, holiday × 0.1); written before looking at the data's days.
const calendarFile = fileURLToPath(new URL('./realData/israel-1999-calendar.csv', import.meta.url));
const calendar = readCalendar(calendarFile, readFileSync(calendarFile, 'utf8'));
const withCalendar = quick ? undefined : measure(calendar);
const table = dayAheadTable(headline.periods, '');
const calendarTable = withCalendar === undefined ? [] : dayAheadTable(withCalendar.periods, ', calendar given');
const update = updateTable(headline.afternoon, headline.pairs, '');
const calendarUpdate = withCalendar === undefined ? [] : updateTable(withCalendar.afternoon, withCalendar.pairs, ', calendar given');
const anomalies = headline.anomalies;

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
if (process.argv.includes('--json'))
  console.log(JSON.stringify({ table, calendarTable, update, calendarUpdate, timing, anomalies }, null, 2));
else {
  console.log('headline: no calendar (the rows the issue scores); then the same with the calendar a planner would give');
  console.table([...table, ...calendarTable].map(({ byHour: _, byWeekday: __, sources: ___, byType: ____, ...r }) => r));
  console.log('where the error comes from (RMSE vs seasonal naive; days the anomaly search flags on the whole half-year):');
  console.table([...table, ...calendarTable].map((r) => r.sources));
  console.log('95% intervals held by kind of day (and, with the calendar, on its labelled days and the others):');
  console.table([...table, ...calendarTable].map((r) => r.byType));
  for (const r of [...table, ...calendarTable])
    console.log(r.origins, 'coverage by hour', JSON.stringify(r.byHour), 'by weekday', JSON.stringify(r.byWeekday));
  console.table([...update, ...calendarUpdate]);
  console.log('anomalous days found in the history of the last origin:', anomalies.join(', '));
  console.log('a year of half-hours:', timing);
}
