import { estimateWait, offerCallback, type WaitInput } from '../../index.js';
import type { Command, Output } from '../Command.js';
import { announcementsFor } from '../engine/announcementsFor.js';
import { announceSettingsFrom, localesFrom } from '../flags/announceFlags.js';
import { type FlagValues, required, stringFlag } from '../flags/flags.js';
import { durationFlag } from '../flags/parseDuration.js';
import { numberFlag } from '../flags/parseNumberFlag.js';
import { estimateJson, WAIT_PERCENTILES } from '../output/estimateJson.js';
import { formatDuration, formatPercent, toJson } from '../output/formatValue.js';
import { UsageError } from '../UsageError.js';

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
    ...WAIT_PERCENTILES.map((p): [string, string] => [`${Math.round(p * 100)}% answered within`, formatDuration(estimate.quantile(p))]),
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
