/** Where progress goes: standard error, and whether it is a terminal. */
export interface ProgressTarget {
  /** Writes to standard error. */
  write(text: string): void;
  /** Whether standard error is a terminal (progress is drawn only there). */
  isTTY: boolean;
}

/**
 * Progress of long work on a terminal: one line on standard error, redrawn in place (`\r`) and
 * erased when the work ends. Silent when standard error is not a terminal (piped, a file, a
 * test), and when `quiet` (`--quiet`, or output meant for programs: `--json`, `--csv`), so it
 * never mixes into what a program reads.
 */
export class Progress {
  readonly #target: ProgressTarget;
  readonly #enabled: boolean;
  #shown = false;

  constructor(target: ProgressTarget, quiet: boolean) {
    this.#target = target;
    this.#enabled = target.isTTY && !quiet;
  }

  /** Whether anything will be drawn. */
  get enabled(): boolean {
    return this.#enabled;
  }

  /** Draws `text` over the previous progress line. */
  show(text: string): void {
    if (!this.#enabled) return;
    this.#target.write(`\r\u001b[K${text}`);
    this.#shown = true;
  }

  /** Erases the progress line. */
  clear(): void {
    if (!this.#shown) return;
    this.#target.write('\r\u001b[K');
    this.#shown = false;
  }
}
