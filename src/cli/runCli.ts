// The `queuecast` command line as a function (node only): parse flags, read CSV, print tables and
// charts. Layers: this folder is the only place that touches files, `process` and stdout. The
// executable is main.ts; tests call runCli in-process.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { QueueInputError } from '../index.js';
import type { Command, Output } from './Command.js';
import { COMMANDS } from './commands/index.js';
import { COMMON_FLAGS } from './flags/flags.js';
import { COMMON_PARAMETER_FLAGS, flagFor, usageErrorFor } from './flags/libraryError.js';
import { Progress } from './output/Progress.js';
import { UsageError } from './UsageError.js';

function version(): string {
  try {
    const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return packageJson.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function globalHelp(): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length));
  return `queuecast — contact-centre queueing from the command line: Erlang C and A metrics,
staffing, call-log history, forecasts, interval plans, shift schedules, and wait announcements.

Usage:
  queuecast <command> [flags]
  queuecast <command> --help     flags and examples of one command
  queuecast --version

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`).join('\n')}

Every command takes --json for machine-readable output; long simulations show progress on
standard error when it is a terminal (--quiet: never). Exit codes: 0 success, 2 bad input
(the message names the flag, or the CSV file, line and column), 1 internal error.

Examples:
  queuecast demo
  queuecast analyze --calls 1200 --interval 30m --aht 4m30s --agents 185 --patience 3m
  queuecast staff --calls 1200 --aht 4m30s --sl 80/20 --shrinkage 30%
  queuecast plan examples/forecast-day.csv --sl 80/20 --shrinkage 30% --chart plan.svg
  queuecast forecast history.csv --weeks 1 --csv next-week.csv
  queuecast schedule plan.csv --shifts examples/shifts.json --chart coverage.svg
  queuecast wait --ahead 7 --agents 20 --aht 4m --patience 3m --locale hi
`;
}

function parseFailure(e: unknown, command: string): UsageError {
  const message = e instanceof Error ? e.message : String(e);
  const code = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : '';
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const flag = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0];
  const see = `see: queuecast ${command} --help`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError(`${flag ?? message}: unknown flag for "queuecast ${command}"; ${see}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(message)) return new UsageError(`${flag ?? message}: expected a value after the flag; ${see}`);
    if (/ambiguous/.test(message))
      return new UsageError(`${flag ?? message}: its value starts with "-"; write ${flag ?? '--flag'}=VALUE; ${see}`);
    return new UsageError(`${flag ?? message}: this flag takes no value; ${see}`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = /'([^']*)'/.exec(message)?.[1];
    return new UsageError(`unexpected argument ${JSON.stringify(argument ?? message)} for "queuecast ${command}"; ${see}`);
  }
  return new UsageError(`${message}; ${see}`);
}

/**
 * A flag with a value given twice (`--calls 100 --calls 200`) is refused rather than read as the
 * last one: one of the two was a mistake. Repeated switches (`--json --json`) are harmless.
 */
function rejectRepeatedValues(tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name}: given more than once; give it once`);
    seen.add(token.name);
  }
}

/** How the command line was started: whether standard error is a terminal, and the built file for worker threads. */
export interface CliContext {
  /** Whether standard error is a terminal: progress of long work is drawn only then. @defaultValue false */
  stderrIsTTY?: boolean;
  /** The built command line's own file (`dist/cli.js`), to simulate in a worker thread. @defaultValue none: in this thread */
  workerUrl?: URL;
}

/** Runs the command line; resolves to the exit code. Output goes to `process.stdout`/`stderr`. */
export async function runCli(argv: readonly string[], context: CliContext = {}): Promise<number> {
  const chunks: string[] = [];
  const stderr = { write: (text: string): void => void process.stderr.write(text), isTTY: context.stderrIsTTY === true };
  const io: Output = {
    out: (text: string): void => {
      chunks.push(text);
    },
    err: (text: string): void => {
      process.stderr.write(text);
    },
    progress: new Progress(stderr, true),
    ...(context.workerUrl !== undefined && { workerUrl: context.workerUrl }),
  };
  let commandName = '';
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      process.stderr.write(globalHelp());
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const target = first === 'help' ? rest[0] : undefined;
      const command = target === undefined ? undefined : COMMANDS.find((c) => c.name === target);
      process.stdout.write(command?.help ?? globalHelp());
      return 0;
    }
    if (first === '--version' || first === '-v' || first === '-V') {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    const command: Command | undefined = COMMANDS.find((c) => c.name === first);
    if (command === undefined) {
      throw new UsageError(
        `${first.startsWith('-') ? `${first}: expected a command first` : `unknown command ${JSON.stringify(first)}`}; commands: ${COMMANDS.map((c) => c.name).join(', ')} (see queuecast --help)`,
      );
    }
    commandName = command.name;
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, ...COMMON_FLAGS },
        allowPositionals: command.positionals.length > 0,
        strict: true,
        tokens: true,
      });
    } catch (e) {
      throw parseFailure(e, command.name);
    }
    rejectRepeatedValues(parsed.tokens ?? []);
    if (parsed.values.help === true) {
      process.stdout.write(command.help);
      return 0;
    }
    if (parsed.positionals.length > command.positionals.length) {
      throw new UsageError(
        `unexpected argument ${JSON.stringify(parsed.positionals[command.positionals.length])} for "queuecast ${command.name}"; see: queuecast ${command.name} --help`,
      );
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    // progress only for people: not with --quiet, nor when the output is for programs
    io.progress = new Progress(stderr, values.quiet === true || values.json === true || values.csv !== undefined);
    await command.run(values, parsed.positionals, io);
    writeOut(chunks);
    return 0;
  } catch (e) {
    const usage = e instanceof QueueInputError ? asUsage(e) : e;
    if (usage instanceof UsageError) {
      writeOut(chunks);
      process.stderr.write(`queuecast${commandName ? ` ${commandName}` : ''}: ${oneLine(usage.message)}\n`);
      return usage.exitCode;
    }
    process.stderr.write(
      `queuecast: internal error (please report it with the command you ran)\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    return 1;
  }
}

/** A library error that no command mapped: named after the shared flag of its parameter if any. */
function asUsage(e: QueueInputError): UsageError {
  const flag = flagFor(e.parameter, COMMON_PARAMETER_FLAGS);
  return flag === undefined ? new UsageError(e.message) : usageErrorFor(flag, e);
}

/** Errors are one line: line breaks from file contents (a header cell, a path) are shown as \\n. */
function oneLine(message: string): string {
  return message.replace(/\r\n|\r|\n/g, '\\n');
}

function writeOut(chunks: string[]): void {
  if (chunks.length > 0) process.stdout.write(chunks.join(''));
  chunks.length = 0;
}
