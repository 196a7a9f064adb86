import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** One call of a library export by name (or of a cross-check, `oracle:NAME`), then of methods on its result (e.g. `quantile`). */
export interface BoundedCall {
  fn: string;
  args: unknown[];
  methods?: [string, unknown[]][];
  /** Call the export with `new` (a class). */
  construct?: boolean;
}

/** What a call did: returned (its value, as a plain clone) or threw (the error's name and fields). */
export type BoundedOutcome =
  | { ok: true; value: unknown; methods?: unknown[] }
  | { ok: false; errorName: string; message: string; parameter?: string | undefined; code?: string | undefined; hang?: true };

/** How often the worker's CPU time is read while a call runs. */
const POLL_MS = 50;

/**
 * CPU time in ms of the thread whose `/proc/<pid>/task/<tid>/stat` is `statPath` (utime + stime,
 * in clock ticks of 10 ms), or of this whole process where that file cannot be read.
 */
function cpuMs(statPath: string | undefined): number {
  if (statPath !== undefined) {
    try {
      const fields = readFileSync(statPath, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // the thread is gone, or this is not Linux: the process's CPU time below
    }
  }
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

interface Started {
  worker: Worker;
  ready: Promise<void>;
  cpuStat: string | undefined;
}

/**
 * Runs library calls one at a time in a worker thread with a budget of CPU time per call, so
 * that a call that never returns is reported (as `hang: true`) instead of freezing the test run:
 * the worker is terminated and a fresh one serves the next call. The budget counts the worker
 * thread's own CPU time (Linux; elsewhere this process's), never wall time: a machine busy with
 * other work slows a call down but cannot make it look like a hang. The worker's start-up
 * (loading the sources) is not counted.
 */
export class BoundedCaller {
  private started: Started | undefined;
  constructor(private readonly cpuBudgetMs = 5000) {}

  private start(): Started {
    if (this.started !== undefined) return this.started;
    const worker = new Worker(new URL('./boundedWorker.mjs', import.meta.url));
    const started: Started = { worker, cpuStat: undefined, ready: Promise.resolve() };
    started.ready = new Promise((resolve, reject) => {
      const onMessage = (message: { cpuStat?: string; ready?: true }): void => {
        if ('cpuStat' in message) started.cpuStat = message.cpuStat;
        if (message.ready === true) {
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    this.started = started;
    return started;
  }

  async call(call: BoundedCall): Promise<BoundedOutcome> {
    const started = this.start();
    await started.ready;
    const { worker, cpuStat: statPath } = started;
    return new Promise((resolve, reject) => {
      const before = cpuMs(statPath);
      const timer = setInterval(() => {
        if (cpuMs(statPath) - before < this.cpuBudgetMs) return;
        clearInterval(timer);
        worker.removeAllListeners('message');
        worker.removeAllListeners('error');
        void worker.terminate();
        this.started = undefined;
        resolve({ ok: false, errorName: 'Hang', message: `no answer within ${this.cpuBudgetMs} ms of CPU time`, hang: true });
      }, POLL_MS);
      worker.once('message', (outcome: BoundedOutcome) => {
        clearInterval(timer);
        worker.removeAllListeners('error');
        resolve(outcome);
      });
      worker.once('error', (error) => {
        clearInterval(timer);
        worker.removeAllListeners('message');
        this.started = undefined;
        reject(error);
      });
      worker.postMessage(call);
    });
  }

  async close(): Promise<void> {
    await this.started?.worker.terminate();
    this.started = undefined;
  }
}
