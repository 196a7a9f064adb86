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

/**
 * Runs library calls one at a time in a worker thread with a deadline per call, so that a call
 * that never returns is reported (as `hang: true`) instead of freezing the test run: the worker
 * is terminated and a fresh one serves the next call.
 */
export class BoundedCaller {
  private worker: Worker | undefined;
  constructor(private readonly deadlineMs = 2000) {}

  private start(): Worker {
    this.worker ??= new Worker(new URL('./boundedWorker.mjs', import.meta.url));
    return this.worker;
  }

  call(call: BoundedCall): Promise<BoundedOutcome> {
    const worker = this.start();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        worker.removeAllListeners('error');
        void worker.terminate();
        this.worker = undefined;
        resolve({ ok: false, errorName: 'Hang', message: `no answer within ${this.deadlineMs} ms`, hang: true });
      }, this.deadlineMs);
      worker.once('message', (outcome: BoundedOutcome) => {
        clearTimeout(timer);
        worker.removeAllListeners('error');
        resolve(outcome);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        worker.removeAllListeners('message');
        this.worker = undefined;
        reject(error);
      });
      worker.postMessage(call);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
