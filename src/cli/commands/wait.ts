import { estimateWait, type WaitEstimate } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { type FlagValues, required, str } from '../flags.js';
import { formatDuration, formatPercent, toJson } from '../formatValue.js';
import { durationFlag } from '../parseDuration.js';
import { numberFlag } from '../parseNumberFlag.js';
import { UsageError } from '../UsageError.js';
import { announcementsFor } from './announcements.js';

const PERCENTILES = [0.5, 0.8, 0.9, 0.95] as const;

/** The caller's queue from flags. */
export interface WaitFlags {
  ahead: number;
  agents: number;
  handleTime: number;
  patience?: number;
  freeAgents?: number;
}

function waitInput(values: FlagValues): WaitFlags {
  const input: WaitFlags = {
    ahead: numberFlag('ahead', required(values, 'ahead', '7'), { integer: true }),
    agents: numberFlag('agents', required(values, 'agents', '20'), { integer: true }),
    handleTime: durationFlag('aht', required(values, 'aht', '4m'), true),
  };
  const patience = str(values, 'patience');
  if (patience !== undefined && !/^(inf|infinity|none)$/i.test(patience)) input.patience = durationFlag('patience', patience, true);
  const free = str(values, 'free-agents');
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
  const text = str(values, 'locale') ?? fallback;
  const tags = text.split(',').map((t) => t.trim()).filter((t) => t !== '');
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
  const said = announcementsFor(estimate, locales);
  if (values.json === true) {
    io.out(toJson({ input, estimate: estimateJson(estimate), announcements: said }));
    return;
  }
  const who = `caller with ${input.ahead} ahead · ${input.agents} agents${input.freeAgents ? ` (${input.freeAgents} free)` : ''} · AHT ${formatDuration(input.handleTime)}${input.patience === undefined ? '' : ` · patience ${formatDuration(input.patience)}`}`;
  const lines: [string, string][] = [
    ['mean wait', formatDuration(estimate.mean)],
    ['standard deviation', formatDuration(estimate.sd)],
    ...PERCENTILES.map((p): [string, string] => [`${Math.round(p * 100)}% answered within`, formatDuration(estimate.quantile(p))]),
    ['answered if it holds', formatPercent(estimate.probAnswered)],
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
      --json            machine-readable JSON
  -h, --help            this help

Examples:
  queuecast wait --ahead 7 --agents 20 --aht 4m
  queuecast wait --ahead 7 --agents 20 --aht 4m --patience 3m --locale hi
  queuecast wait --ahead 30 --agents 12 --aht 5m --locale en,es,ar --json
`,
  run,
};
