import type { FlagOptions, FlagValues } from './flags/flags.js';
import type { Progress } from './output/Progress.js';

/** Where a command writes: text for people on stdout, notes on stderr. */
export interface Output {
  /** Appends to standard output (written once the command returns). */
  out(text: string): void;
  /** Writes a note to standard error at once. */
  err(text: string): void;
  /** Progress of long work on standard error (drawn only on a terminal, never with --quiet, --json or --csv). */
  progress: Progress;
  /** The built command line's own file, to run long simulations in a worker thread; undefined in-process. */
  workerUrl?: URL;
}

/** One `queuecast <name>` command. */
export interface Command {
  /** The word after `queuecast`. */
  name: string;
  /** One line for the global help. */
  summary: string;
  /** The full `--help` text: usage, flags, examples. */
  help: string;
  /** Flags for `parseArgs` (the common ones are added by main). */
  options: FlagOptions;
  /** Positional arguments allowed: their names for messages (empty: none). */
  positionals: readonly string[];
  /** Runs the command; throws a UsageError for bad input. */
  run(values: FlagValues, positionals: readonly string[], io: Output): void | Promise<void>;
}
