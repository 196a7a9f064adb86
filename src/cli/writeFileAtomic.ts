import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './UsageError.js';

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside the target, which
 * is then renamed over it (atomic on POSIX file systems). A failure removes the temporary file and
 * throws a {@link UsageError} naming the flag and path.
 */
export function writeFileAtomic(path: string, text: string, flag: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
    const reason = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    throw new UsageError(`--${flag}: cannot write ${path} (${reason})`);
  }
}
