import { readFileSync } from 'node:fs';
import { UsageError } from '../UsageError.js';

/** Reads a text file named on the command line (`-` = standard input), or throws a UsageError. */
export function readInputFile(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : '';
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, expected a CSV file'
          : code === 'EACCES'
            ? 'permission denied'
            : code || String(e);
    throw new UsageError(`${path}: ${why}`);
  }
}
