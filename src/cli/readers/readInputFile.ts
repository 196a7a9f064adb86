import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { UsageError } from '../UsageError.js';

/** Bytes of a file looked at to tell text from binary. */
const SNIFF = 8192;

/**
 * Reads a text file named on the command line (`-` = standard input), gunzipping it when it is
 * gzip (by its first bytes, whatever its name), or throws a UsageError. A binary file is refused
 * by what it is: its bytes are never printed.
 */
export function readInputFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
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
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      const why = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : 'unreadable';
      throw new UsageError(`${path}: a gzip file that does not decompress (${why}); expected a gzip of a text file such as CSV`);
    }
  }
  if (bytes.subarray(0, SNIFF).includes(0)) {
    throw new UsageError(`${path}: a binary file, not text; expected a text file such as CSV (plain or gzip)`);
  }
  return bytes.toString('utf8');
}
