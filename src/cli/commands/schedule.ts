import { QueueInputError, type Schedule, type ScheduleOptions, scheduleShifts } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { availabilityFlag, type FlagValues, fractionOpt, slFrom, stringFlag } from '../flags/flags.js';
import { formatClock } from '../output/formatClock.js';
import { csvCell, formatTable } from '../output/formatTable.js';
import { formatDuration, formatNumber, formatPercent, toJson } from '../output/formatValue.js';
import { joinLines } from '../output/joinLines.js';
import { renderChart } from '../output/renderChart.js';
import { writeFileAtomic } from '../output/writeFileAtomic.js';
import { readInputFile } from '../readers/readInputFile.js';
import { type Requirement, readRequirement } from '../readers/readRequirement.js';
import { readShifts } from '../readers/readShifts.js';
import { UsageError } from '../UsageError.js';

function breaksText(s: Schedule['shifts'][number], dated: boolean): string {
  return s.breaks.map((b) => `${formatClock(b.start, dated)}+${formatDuration(b.length)}${b.paid ? '' : ' unpaid'}`).join(' ');
}

/** The shifts as CSV (one row per group of people with the same shift and breaks). */
export function shiftsCsv(schedule: Schedule, dated: boolean): string {
  return (
    'template,day,start,end,breaks,people,paid_hours,cost\n' +
    joinLines(schedule.shifts.length, (i) => {
      const s = schedule.shifts[i] as Schedule['shifts'][number];
      return `${csvCell(s.template)},${s.day},${formatClock(s.start, dated)},${formatClock(s.end, dated)},${csvCell(breaksText(s, dated))},${s.people},${formatNumber(s.paidHours, 4)},${formatNumber(s.cost, 4)}`;
    })
  );
}

/** Coverage per interval as CSV. */
export function coverageCsv(schedule: Schedule, dated: boolean): string {
  return (
    'start,required,scheduled,under,over,service_level\n' +
    joinLines(schedule.intervals.length, (i) => {
      const r = schedule.intervals[i] as Schedule['intervals'][number];
      return `${formatClock(r.start, dated)},${r.required},${r.scheduled},${r.under},${r.over},${r.serviceLevel === undefined ? '' : r.serviceLevel.toFixed(4)}`;
    })
  );
}

/** How the plan's channels were scheduled, for the heading: nothing for a file of one channel. */
function channelWords(requirement: Requirement): string {
  if (requirement.channels.length <= 1) return '';
  if (requirement.scheduled.length === 1) return `, ${requirement.scheduled[0]} rows only`;
  return `, the sum of ${requirement.scheduled.join(' + ')} per interval`;
}

/** Most runs of short intervals named one by one. */
const SHORT_NAMED = 6;

/**
 * Which intervals are short, as runs of adjacent intervals with how many people each lacks
 * (`00:00–06:00 (3 short)`), and why when the objective covers every interval it can.
 */
function shortWords(schedule: Schedule, dated: boolean, objective: string): string {
  const runs: { start: number; end: number; least: number; most: number }[] = [];
  for (const r of schedule.intervals) {
    if (!(r.under > 0)) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && Math.abs(last.end - r.start) < 1e-6) {
      last.end = r.start + r.length;
      last.least = Math.min(last.least, r.under);
      last.most = Math.max(last.most, r.under);
    } else runs.push({ start: r.start, end: r.start + r.length, least: r.under, most: r.under });
  }
  const named = runs.slice(0, SHORT_NAMED).map((run) => {
    const people = run.least === run.most ? formatNumber(run.most, 0) : `${formatNumber(run.least, 0)}–${formatNumber(run.most, 0)}`;
    return `${formatClock(run.start, dated)}–${formatClock(run.end, dated)} (${people} short)`;
  });
  const more = runs.length > SHORT_NAMED ? `, and ${runs.length - SHORT_NAMED} more (see --coverage-csv)` : '';
  const why =
    objective === 'cover' ? "; no shift can cover them (outside every template's hours, or capped by maxPerStart or maxOnFloor)" : '';
  return `${named.join(', ')}${more}${why}`;
}

function run(values: FlagValues, positionals: readonly string[], io: Output): void {
  const file = positionals[0];
  if (file === undefined) throw new UsageError('expected a plan CSV file, e.g. queuecast schedule plan.csv --shifts shifts.json');
  const shiftsPath = stringFlag(values, 'shifts');
  if (shiftsPath === undefined)
    throw new UsageError('--shifts is required: a JSON file of shift templates (see queuecast schedule --help)');
  const objective = (stringFlag(values, 'objective') ?? 'cover').toLowerCase();
  if (objective !== 'cover' && objective !== 'difference' && objective !== 'service-level') {
    throw new UsageError(
      `--objective: expected cover, difference or service-level, got ${JSON.stringify(stringFlag(values, 'objective'))}`,
    );
  }
  // every flag is checked, also those only the service-level objective uses
  const sl = slFrom(values) as NonNullable<ReturnType<typeof slFrom>>;
  const shrinkage = fractionOpt(values, 'shrinkage', true) ?? 0;
  const availability = availabilityFlag(values);
  const per = (stringFlag(values, 'target-per') ?? 'day').toLowerCase();
  if (per !== 'day' && per !== 'plan')
    throw new UsageError(`--target-per: expected day or plan, got ${JSON.stringify(stringFlag(values, 'target-per'))}`);
  const requirement = readRequirement(file, readInputFile(file), stringFlag(values, 'channel'));
  const shifts = readShifts(shiftsPath, readInputFile(shiftsPath));
  const options: ScheduleOptions = { objective };
  if (shifts.maxOnFloor !== undefined) options.maxOnFloor = shifts.maxOnFloor;
  if (objective === 'service-level') {
    options.target = { serviceLevel: sl.serviceLevel, answerTime: sl.answerTime };
    // answering = people × availability × (1 − shrinkage), as plan grosses up
    options.shrinkage = 1 - availability * (1 - shrinkage);
    options.targetPer = per;
    if (requirement.scheduled.length > 1) {
      throw new UsageError(
        `--objective service-level: judges one queue, but ${file} plans ${requirement.channels.join(', ')}; add --channel ${requirement.channels[0]}`,
      );
    }
    if (requirement.demand.some((d) => d.required > 0 && (d.calls === undefined || d.handleTime === undefined))) {
      throw new UsageError(
        `${file}: --objective service-level needs calls and aht columns (a plan CSV from "queuecast plan --csv" has them)`,
      );
    }
  }
  let schedule: Schedule;
  try {
    schedule = scheduleShifts(requirement.demand, shifts.templates, options);
  } catch (e) {
    const cell = e instanceof QueueInputError ? /^demand\[(\d+)\]\.(\w+)/.exec(e.parameter) : null;
    const found = cell === null ? undefined : requirement.locate(Number(cell[1]), cell[2] as string);
    if (found !== undefined && e instanceof QueueInputError) {
      const what = requirement.scheduled.length > 1 && cell?.[2] === 'required' ? ' (summed over the channels)' : '';
      throw new UsageError(`${found.where}: expected ${e.expected}${what}, got ${JSON.stringify(found.cell)}`);
    }
    const where = e instanceof QueueInputError ? shifts.locate(e.parameter) : undefined;
    if (where !== undefined && e instanceof QueueInputError)
      throw new UsageError(
        `${where}: ${e.parameter.replace(/^templates\[\d+\]\.?/, '') || 'shift'}: expected ${e.expected}, got ${JSON.stringify(e.value)}`,
      );
    throw e;
  }
  const dated = requirement.dated;
  const csvPath = stringFlag(values, 'csv');
  const chartPath = stringFlag(values, 'chart');
  if (csvPath !== undefined) {
    if (csvPath === '-') io.out(shiftsCsv(schedule, dated));
    else writeFileAtomic(csvPath, shiftsCsv(schedule, dated), 'csv');
  }
  const coveragePath = stringFlag(values, 'coverage-csv');
  if (coveragePath !== undefined) writeFileAtomic(coveragePath, coverageCsv(schedule, dated), 'coverage-csv');
  if (chartPath !== undefined) {
    const points = schedule.intervals.map((r, i) => ({
      start: r.start,
      length: r.length,
      calls: requirement.demand[i]?.calls ?? 0,
      required: r.required,
      scheduled: r.scheduled,
    }));
    writeFileAtomic(
      chartPath,
      renderChart(points, {
        title: `Shift schedule: ${file} (${objective})`,
        legend: { required: 'required', scheduled: 'on the floor' },
        ...(requirement.scheduled.length > 1 && { note: `contacts and people: ${requirement.scheduled.join(' + ')} summed per interval` }),
      }),
      'chart',
    );
  }
  if (values.json === true) {
    io.out(toJson({ file, shiftsFile: shiftsPath, requirementColumn: requirement.column, ...schedule }));
    return;
  }
  if (csvPath === '-') return;
  const t = schedule.totals;
  io.out(
    `schedule for ${file} (column "${requirement.column}"${channelWords(requirement)}), shifts from ${shiftsPath}, objective ${objective}\n\n`,
  );
  if (csvPath === undefined) {
    const rows = schedule.shifts.map((s) => [
      s.template,
      String(s.day),
      formatClock(s.start, dated),
      formatClock(s.end, dated),
      breaksText(s, dated) || '–',
      String(s.people),
    ]);
    io.out(
      `${formatTable([{ header: 'shift', align: 'left' }, { header: 'day' }, { header: 'start', align: 'left' }, { header: 'end', align: 'left' }, { header: 'breaks', align: 'left' }, { header: 'people' }], rows)}\n`,
    );
  }
  const gap = t.lowerBound > 0 ? ` (${formatPercent((t.objectiveValue - t.lowerBound) / t.lowerBound)} above)` : '';
  const lines: [string, string][] = [
    ['people', String(t.people)],
    ['paid hours', formatNumber(t.paidHours, 1)],
    ['cost', formatNumber(t.cost, 1)],
    [
      // service-level schedules may dip below the requirement: the bound is covering's, not theirs
      objective === 'difference'
        ? 'lower bound on Σ|diff|'
        : objective === 'service-level'
          ? 'cost to cover, at least'
          : 'lower bound on cost',
      `${formatNumber(t.lowerBound, 1)}${objective === 'cover' ? gap : ''}${schedule.lpOptimal ? '' : ' (LP not proven optimal)'}`,
    ],
    ['short intervals', `${t.shortIntervals} (${formatNumber(t.under, 0)} person-intervals under, ${formatNumber(t.over, 0)} over)`],
  ];
  if (t.shortIntervals > 0) lines.push(['  short at', shortWords(schedule, dated, objective)]);
  if (t.serviceLevel !== undefined) lines.push(['service level', `${formatPercent(t.serviceLevel)} over all calls`]);
  const width = Math.max(...lines.map(([l]) => l.length)) + 2;
  io.out(lines.map(([l, v]) => `${l.padEnd(width)}${v}\n`).join(''));
  if (csvPath !== undefined) io.out(`\nshifts written to ${csvPath}\n`);
  if (coveragePath !== undefined) io.out(`coverage written to ${coveragePath}\n`);
  if (chartPath !== undefined) io.out(`chart written to ${chartPath}\n`);
}

/** `queuecast schedule`: shifts (with breaks) that cover a plan's requirement. */
export const scheduleCommand: Command = {
  name: 'schedule',
  summary: 'shifts with breaks that cover a plan (least cost, least difference, or the day’s service level)',
  positionals: ['plan.csv'],
  options: {
    shifts: { type: 'string' },
    objective: { type: 'string', short: 'o' },
    sl: { type: 'string' },
    'target-per': { type: 'string' },
    channel: { type: 'string' },
    shrinkage: { type: 'string', short: 's' },
    availability: { type: 'string' },
    csv: { type: 'string' },
    'coverage-csv': { type: 'string' },
    chart: { type: 'string' },
  },
  help: `queuecast schedule — how many people start which shift, and where their breaks go, to
cover the people a plan requires per interval

Usage:
  queuecast schedule PLAN.csv --shifts SHIFTS.json [--objective cover|difference|service-level]
                     [--csv SHIFTS.csv] [--coverage-csv COVERAGE.csv] [--chart COVERAGE.svg] [--json]

PLAN.csv: a plan from "queuecast plan --csv" (its "scheduled" column: people after shrinkage),
or any CSV with a start column and a "required" (or "agents", "people") column. Gaps between
rows are closed hours (nobody required). A plan of several channels (a "channel" column) is
scheduled as the sum of every channel's people per interval (the heading says so), or one
channel with --channel.

SHIFTS.json: shift templates, an array or {"shifts": [...], "maxOnFloor": N}. Durations are
seconds or text (8h, 30m, 7h30m); times of day are 06:00. Every time must sit on the plan's
interval grid. Fields of a shift:
  name         required  unique name
  length       required  shift length, breaks included, e.g. "8h"
  start        required  earliest start, e.g. "06:00"
  latestStart  optional  latest start (default: start)
  every        optional  step between allowed starts (default: the plan's interval)
  days         optional  day numbers it may start on, 0 = the plan's first day (default: all)
  breaks       optional  [{"length": "30m", "earliest": "3h30m", "latest": "5h", "paid": false}]
                         windows measured from the shift's start; taken in order
  cost         optional  cost per person (default: paid hours = length − unpaid breaks)
  maxPerStart  optional  most people starting it at one time
  maxPerDay    optional  most people on it per day
Example: [{"name": "day", "length": "8h", "start": "07:00", "latestStart": "11:00",
           "breaks": [{"length": "30m", "earliest": "3h", "latest": "5h"}]}]

Objectives:
  cover          every interval at least to its requirement, least cost (default)
  difference     least Σ |on the floor − required|
  service-level  least cost meeting --sl over each day's calls (each interval judged by its
                 Erlang C/A queue; thin intervals may dip); needs calls and aht columns
      --sl P/T         target for service-level (default 80/20)
      --target-per X   day (default: every day meets it) or plan (the whole plan, e.g. the week)
  -s, --shrinkage P    service-level: share of people on the floor not on the phones (default 0)
      --availability P service-level: share of agents on the phones who answer calls (default
                       100%), e.g. 75% from queuecast history, as in queuecast plan: answering =
                       people × availability × (1 − shrinkage)
Channels:
      --channel C      schedule only the rows of channel C (voice, chat or email); needed by
                       --objective service-level on a plan of several channels
Output:
      --csv FILE           the shifts as CSV (- for stdout)
      --coverage-csv FILE  required vs on the floor per interval
      --chart FILE         SVG of required vs on the floor
      --json               everything as JSON
  -h, --help               this help

The method: the set-covering LP of shift scheduling (Dantzig 1954) with breaks placed in their
windows (Aykin 1996), solved by column generation; then rounding and local search. The lower
bound printed is the LP's: no schedule can cost less.

Examples:
  queuecast plan week.csv --sl 80/20 --shrinkage 30% --csv plan.csv
  queuecast schedule plan.csv --shifts shifts.json --chart coverage.svg
  queuecast schedule plan.csv --shifts shifts.json --objective service-level --sl 80/20 --shrinkage 30%
`,
  run,
};
