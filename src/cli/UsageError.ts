/**
 * A user error on the command line: a bad flag, a bad value or a bad CSV cell. `main` prints its
 * one-line message (never a stack trace) and exits with code 2.
 */
export class UsageError extends Error {
  /** Exit code the process ends with. */
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UsageError';
    this.exitCode = exitCode;
  }
}
