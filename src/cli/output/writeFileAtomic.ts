import { randomBytes } from 'node:crypto';
import { lstatSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../UsageError.js';

/** Most symbolic links followed to find the file a path names (as the kernel's own limit). */
const MAX_LINKS = 40;

/**
 * The regular file `path` names: symbolic links followed (a dangling link names its target),
 * `undefined` when nothing exists there yet. Throws a {@link UsageError} for anything but a
 * regular file (a FIFO, a device, a socket, a directory) or a loop of links.
 */
function targetOf(path: string, flag: string): string {
  let current = path;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let info: ReturnType<typeof lstatSync>;
    try {
      info = lstatSync(current);
    } catch {
      return current; // nothing there yet: a new file
    }
    if (info.isSymbolicLink()) {
      current = resolve(dirname(current), readlinkSync(current));
      continue;
    }
    if (!info.isFile()) throw new UsageError(`--${flag}: cannot write ${path} (not a regular file: queuecast only replaces files)`);
    return realpathSync(current);
  }
  throw new UsageError(`--${flag}: cannot write ${path} (too many symbolic links)`);
}

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside the file the path
 * names (through symbolic links, which stay links), which is then renamed over it (atomic on
 * POSIX file systems). Only regular files are replaced: a FIFO, device, socket or directory is
 * refused. A failure removes the temporary file and throws a {@link UsageError} naming the flag
 * and path.
 */
export function writeFileAtomic(path: string, text: string, flag: string): void {
  const target = targetOf(path, flag);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    // The target may have become something else meanwhile: check again just before the rename.
    const now = statExisting(target);
    if (now !== undefined && !now.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    renameSync(temporary, target);
  } catch (e) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing left to clean
    }
    const reason = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    throw new UsageError(`--${flag}: cannot write ${path} (${reason})`);
  }
}

function statExisting(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
