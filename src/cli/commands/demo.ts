import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { estimateWait, offerCallback } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { announcementsFor } from '../engine/announcementsFor.js';
import type { PlanRow } from '../engine/PlanRow.js';
import { planFile } from '../engine/planFile.js';
import { localesFrom } from '../flags/announceFlags.js';
import { type FlagValues, stringFlag } from '../flags/flags.js';
import { describeTarget } from '../output/describeTarget.js';
import { estimateJson } from '../output/estimateJson.js';
import { formatTable } from '../output/formatTable.js';
import { formatDuration, formatPercent, toJson } from '../output/formatValue.js';
import { channelNote, chartPoints, openAtEnd, planRowsJson, planTable, planTotalsText } from '../output/planOutput.js';
import { renderChart } from '../output/renderChart.js';
import { writeFileAtomic } from '../output/writeFileAtomic.js';

/** The example forecast shipped in the package (`examples/forecast-day.csv`). */
export function exampleForecastPath(): string {
  return fileURLToPath(new URL('../examples/forecast-day.csv', import.meta.url));
}

function shortPath(p: string): string {
  const relativePath = relative(process.cwd(), p);
  return relativePath.startsWith('..') || relativePath === '' ? p : relativePath;
}

function run(values: FlagValues, _p: readonly string[], io: Output): void {
  const forecast = stringFlag(values, 'forecast') ?? exampleForecastPath();
  const settings: FlagValues = { sl: stringFlag(values, 'sl') ?? '80/20', shrinkage: stringFlag(values, 'shrinkage') ?? '30%' };
  const { plan, shrinkage, shift, target } = planFile(forecast, settings);
  let chart = stringFlag(values, 'chart');
  if (chart === undefined) {
    const folder = join(tmpdir(), 'queuecast-demo');
    mkdirSync(folder, { recursive: true });
    chart = join(folder, 'plan.svg');
  }
  const name = shortPath(forecast);
  writeFileAtomic(
    chart,
    renderChart(chartPoints(plan), {
      title: `Staffing plan: ${basename(forecast)} (${describeTarget(target)})`,
      ...(channelNote(plan) !== undefined && { note: channelNote(plan) as string }),
    }),
    'chart',
  );

  // Callers at the peak: how long will they wait, and what do we tell them?
  const voice = plan.rows.filter((r) => r.channel === 'voice');
  const callersAt = voice.length > 0 ? voice : plan.rows;
  const peak = callersAt.reduce((a, b) => (b.required > a.required ? b : a), callersAt[0] as PlanRow);
  const locales = localesFrom(values, 'en,es,fr,hi,ar');
  const callers = [0, 10, 40, 120].map((ahead) => {
    const input: { ahead: number; agents: number; handleTime: number; patience?: number } = {
      ahead,
      agents: peak.required,
      handleTime: peak.handleTime,
    };
    if (peak.patience !== null) input.patience = peak.patience;
    const estimate = estimateWait(input);
    return {
      ahead,
      estimate,
      announcements: ahead === 0 ? [] : announcementsFor(estimate, locales),
      callback: offerCallback(estimate),
    };
  });

  if (values.json === true) {
    io.out(
      toJson({
        forecast: name,
        target,
        shrinkage,
        intervals: planRowsJson(plan),
        totals: { ...plan.totals, ...(openAtEnd(plan) > 0 && { emailOpenAtEnd: openAtEnd(plan) }) },
        chart,
        peak: { start: peak.start, agents: peak.required, handleTime: peak.handleTime, patience: peak.patience },
        callers: callers.map((c) => ({
          ahead: c.ahead,
          estimate: estimateJson(c.estimate),
          announcements: c.announcements,
          callback: c.callback,
        })),
      }),
    );
    return;
  }
  io.out(`queuecast demo — a planner's day\n\n`);
  const channels = [...new Set(plan.rows.map((r) => r.channel))];
  io.out(`1. The forecast: ${name}, ${plan.rows.length} intervals (${channels.join(', ')}), ${plan.totals.calls} contacts.\n`);
  io.out(`2. The plan: ${describeTarget(target)}, ${formatPercent(shrinkage, 0)} shrinkage, each interval at the fewest agents.\n\n`);
  io.out(`${planTable(plan)}\n${planTotalsText(plan, shrinkage, shift)}\n`);
  io.out(`3. The chart: ${chart}\n   (open it in a browser: forecast calls as bars, required and scheduled agents as lines)\n\n`);
  io.out(
    `4. Callers at the ${peak.start} peak (${peak.required} agents, AHT ${formatDuration(peak.handleTime)}${peak.patience === null ? '' : `, patience ${formatDuration(peak.patience)}`}):\n\n`,
  );
  const rows = callers.map((c) => [
    String(c.ahead),
    formatDuration(c.estimate.mean),
    formatDuration(c.estimate.quantile(0.5)),
    formatDuration(c.estimate.quantile(0.9)),
    formatPercent(c.estimate.probAnswered),
    c.callback.offer ? 'offer' : '–',
  ]);
  io.out(
    formatTable(
      [
        { header: 'ahead' },
        { header: 'mean wait' },
        { header: 'median' },
        { header: '90%' },
        { header: 'answered if it holds' },
        { header: 'call-back' },
      ],
      rows,
    ),
  );
  const said = callers.filter((c) => c.announcements.length > 0);
  if (said.length > 0) {
    io.out('\n5. What the IVR says (the 80th percentile of the wait, rounded up):\n');
    for (const c of said) {
      io.out(`\n   ${c.ahead} callers ahead:\n`);
      for (const a of c.announcements) io.out(`     [${a.locale}] ${a.text}\n`);
    }
  }
  io.out(`\nNext: queuecast plan ${name} --csv plan.csv · queuecast staff --help · queuecast wait --help\n`);
}

/** `queuecast demo`: the planner's day on the bundled example forecast. */
export const demoCommand: Command = {
  name: 'demo',
  summary: "the planner's day on the bundled example forecast: plan, totals, chart, announcements",
  positionals: [],
  options: {
    forecast: { type: 'string', short: 'f' },
    chart: { type: 'string' },
    sl: { type: 'string' },
    shrinkage: { type: 'string', short: 's' },
    locale: { type: 'string', short: 'l' },
  },
  help: `queuecast demo — the whole product in one command: plans the bundled example day
(48 half-hour intervals with a morning and an afternoon peak), prints the plan and its totals,
writes the SVG chart, and estimates and announces the wait of callers at the peak

Usage:
  queuecast demo [--forecast FILE.csv] [--chart FILE.svg] [--sl P/T] [--shrinkage P] [--locale TAGS]

Flags:
  -f, --forecast FILE   another forecast (default: the example shipped in the package)
      --chart FILE      where to write the chart (default: <tmp>/queuecast-demo/plan.svg)
      --sl P/T          service-level target (default 80/20)
  -s, --shrinkage P     shrinkage (default 30%)
  -l, --locale TAGS     languages of the announcements (default en,es,fr,hi,ar)
      --json            everything as JSON
  -h, --help            this help

Examples:
  queuecast demo
  queuecast demo --sl 90/15 --shrinkage 35% --chart plan.svg
  queuecast demo --locale de,el,ur --json
`,
  run,
};
