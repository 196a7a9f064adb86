// Entry of the bounded-call worker: tells the caller where this thread's CPU time can be read
// (Linux: /proc/<pid>/task/<tid>/stat), registers tsx so the worker can load the TypeScript
// sources, then loads the worker proper (which says when it is ready).
import { realpathSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

let cpuStat;
try {
  cpuStat = `${realpathSync('/proc/thread-self')}/stat`;
} catch {
  cpuStat = undefined; // not Linux: the caller falls back to its process's CPU time
}
parentPort.postMessage({ cpuStat });
register();
await import('./boundedWorker.ts');
