import { estimateWait, offerCallback, type WaitEstimate, type WaitInput } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { durationOpt, type FlagValues, required, stringFlag } from '../flags.js';
import { formatDuration, formatPercent, toJson } from '../formatValue.js';
import { durationFlag } from '../parseDuration.js';
import { numberFlag } from '../parseNumberFlag.js';
import { UsageError } from '../UsageError.js';
import { parseFraction } from '../parseFraction.js';
import { type AnnouncementSettings, announcementsFor } from './announcements.js';

const PERCENTILES = [0.5, 0.8, 0.9, 0.95] as const;

/** The caller's queue from flags. */
function waitInput(values: FlagValues): WaitInput {
  const input: WaitInput = {
    ahead: numberFlag('ahead', required(values, 'ahead', '7'), { integer: true }),
    agents: numberFlag('agents', required(values, 'agents', '20'), { integer: true }),
    handleTime: durationFlag('aht', required(values, 'aht', '4m'), true),
  };
  const patience = stringFlag(values, 'patience');
  if (patience !== undefined && !/^(inf|infinity|none)$/i.test(patience)) input.patience = durationFlag('patience', patience, true);
  const free = stringFlag(values, 'free-agents');
  if (free !== undefined) {
    input.freeAgents = numberFlag('free-agents', free, { integer: true });
    if (input.freeAgents > input.agents) {
      throw new UsageError(`--free-agents: expected at most --agents (${input.agents}), got ${JSON.stringify(free)}`);
    }
  }
  return input;
}

/** Locales from `--locale en,hi,ar` (BCP 47 tags, checked by Intl). */
export function localesFrom(values: FlagValues, fallback = 'en'): string[] {
  const text = stringFlag(values, 'locale') ?? fallback;
  const tags = text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (tags.length === 0) throw new UsageError(`--locale: expected a language tag such as en, hi or es-MX, got ${JSON.stringify(text)}`);
  for (const tag of tags) {
    try {
      Intl.getCanonicalLocales(tag);
    } catch {
      throw new UsageError(`--locale: expected a BCP 47 language tag such as en, hi or es-MX, got ${JSON.stringify(tag)}`);
    }
  }
  return tags;
}

/** announce's default cap, seconds. */
const DEFAULT_CAP = 1200;

/** Announcement settings from `--statistic`, `--floor`, `--cap`, `--ssml`. */
export function announceSettingsFrom(values: FlagValues): AnnouncementSettings {
  const settings: { statistic?: 'mean' | number; floor?: number; cap?: number; ssml?: boolean } = {};
  const stat = stringFlag(values, 'statistic');
  if (stat !== undefined) {
    if (stat.trim().toLowerCase() === 'mean') settings.statistic = 'mean';
    else {
      const p = parseFraction(stat);
      if (p === undefined || !(p > 0 && p < 1)) {
        throw new UsageError(`--statistic: expected mean or a percentile between 0% and 100% such as 80%, got ${JSON.stringify(stat)}`);
      }
      settings.statistic = p;
    }
  }
  const floor = durationOpt(values, 'floor');
  if (floor !== undefined) settings.floor = floor;
  const cap = durationOpt(values, 'cap');
  if (cap !== undefined) settings.cap = cap;
  // The floor must not exceed the cap: name the flag the user gave (the other may be the default).
  if (floor !== undefined && floor > (cap ?? DEFAULT_CAP)) {
    throw cap === undefined
      ? new UsageError(
          `--floor: expected at most the cap (${DEFAULT_CAP} s unless --cap is given), got ${JSON.stringify(stringFlag(values, 'floor'))}`,
        )
      : new UsageError(`--cap: expected at least --floor (${floor} s), got ${JSON.stringify(stringFlag(values, 'cap'))}`);
  }
  if (values.ssml === true) settings.ssml = true;
  return settings;
}

/** Summary numbers of an estimate, for JSON. */
export function estimateJson(e: WaitEstimate): Record<string, number> {
  const out: Record<string, number> = { mean: e.mean, sd: e.sd, probAnswered: e.probAnswered };
  for (const p of PERCENTILES) out[`p${Math.round(p * 100)}`] = e.quantile(p);
  return out;
}

function run(values: FlagValues, _p: readonly string[], io: Output): void {
  const input = waitInput(values);
  const locales = localesFrom(values);
  const estimate = estimateWait(input);
  const settings = announceSettingsFrom(values);
  const said = announcementsFor(estimate, locales, settings);
  const callback = offerCallback(estimate, settings.statistic === undefined ? {} : { statistic: settings.statistic });
  if (values.json === true) {
    io.out(toJson({ input, estimate: estimateJson(estimate), announcements: said, callback }));
    return;
  }
  const who = `caller with ${input.ahead} ahead · ${input.agents} agents${input.freeAgents ? ` (${input.freeAgents} free)` : ''} · AHT ${formatDuration(input.handleTime)}${input.patience === undefined ? '' : ` · patience ${formatDuration(input.patience)}`}`;
  const lines: [string, string][] = [
    ['mean wait', formatDuration(estimate.mean)],
    ['standard deviation', formatDuration(estimate.sd)],
    ...PERCENTILES.map((p): [string, string] => [`${Math.round(p * 100)}% answered within`, formatDuration(estimate.quantile(p))]),
    ['answered if it holds', formatPercent(estimate.probAnswered)],
    ['offer a call-back', callback.offer ? `yes (${callback.reason === 'long-wait' ? 'long wait' : 'low chance of an answer'})` : 'no'],
  ];
  const w = Math.max(...lines.map(([k]) => k.length));
  io.out(`${who}\n\n${lines.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n')}\n`);
  if (said.length > 0) {
    io.out('\n');
    for (const a of said) io.out(`  [${a.locale}] ${a.text}\n`);
  }
}

/** `queuecast wait`: one caller's wait estimate, percentiles and the announcement. */
export const waitCommand: Command = {
  name: 'wait',
  summary: "one caller's expected wait: mean, percentiles, chance of an answer, and the words to say",
  positionals: [],
  options: {
    ahead: { type: 'string', short: 'k' },
    agents: { type: 'string', short: 'n' },
    aht: { type: 'string' },
    patience: { type: 'string', short: 'p' },
    'free-agents': { type: 'string' },
    locale: { type: 'string', short: 'l' },
    statistic: { type: 'string' },
    floor: { type: 'string' },
    cap: { type: 'string' },
    ssml: { type: 'boolean' },
  },
  help: `queuecast wait — the wait of a caller with others ahead of it (exact model: Erlang C, or
Erlang A with --patience), its percentiles, and the announcement to play

Usage:
  queuecast wait --ahead K --agents N --aht DURATION [--patience D] [--locale TAGS]

Flags:
  -k, --ahead K         callers in front of this one
  -n, --agents N        agents taking calls
      --aht D           mean handle time
  -p, --patience D      mean patience of the callers ahead (they may hang up)
      --free-agents F   agents idle right now (default 0)
  -l, --locale TAGS     language(s) of the announcement, comma separated BCP 47 tags
                        (default en; built in: en, es, fr, de, hi, el, ur, ar)
      --statistic S     what to announce: a percentile such as 80% (default), or mean
      --floor D         say "less than" this for shorter waits (default 1m)
      --cap D           say "more than" this for longer waits (default 20m)
      --ssml            the announcement as SSML for a speech engine
      --json            machine-readable JSON
  -h, --help            this help

Examples:
  queuecast wait --ahead 7 --agents 20 --aht 4m
  queuecast wait --ahead 7 --agents 20 --aht 4m --patience 3m --locale hi
  queuecast wait --ahead 30 --agents 12 --aht 5m --locale en,es,ar --json
  queuecast wait --ahead 12 --agents 20 --aht 4m --statistic 90% --ssml
`,
  run,
};
