// Worker side of callBounded: runs one library call per message against the TypeScript sources
// (loaded through tsx) and answers with a structured-clone-safe outcome.
import { parentPort } from 'node:worker_threads';
import * as library from '../../src/index.js';
import type { BoundedCall, BoundedOutcome } from './callBounded.js';
import { ORACLES } from './fuzzOracles.js';

function plain(value: unknown, depth = 0): unknown {
  if (typeof value === 'function') return '[function]';
  if (typeof value !== 'object' || value === null || depth > 6) return value;
  if (Array.isArray(value)) return value.slice(0, 1000).map((v) => plain(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = plain((value as Record<string, unknown>)[key], depth + 1);
  return out;
}

function describeError(error: unknown): BoundedOutcome {
  const e = error as { name?: string; message?: string; parameter?: string; code?: string };
  return { ok: false, errorName: String(e?.name), message: String(e?.message), parameter: e?.parameter, code: e?.code };
}

parentPort!.on('message', (call: BoundedCall) => {
  let outcome: BoundedOutcome;
  try {
    // `oracle:NAME` runs a cross-check of fuzzOracles.ts on the seed given as its argument.
    const fn = call.fn.startsWith('oracle:') ? ORACLES[call.fn.slice(7)] : (library as Record<string, unknown>)[call.fn];
    if (typeof fn !== 'function') throw new Error(`no export ${call.fn}`);
    // `{ estimateOf: input }` stands for estimateWait(input): an estimate cannot cross to the worker.
    const args = call.args.map((a) =>
      typeof a === 'object' && a !== null && 'estimateOf' in a
        ? library.estimateWait((a as { estimateOf: library.WaitInput }).estimateOf)
        : a,
    );
    const result =
      call.construct === true ? new (fn as new (...args: unknown[]) => unknown)(...args) : (fn as (...args: unknown[]) => unknown)(...args);
    const methods: unknown[] = [];
    for (const [name, args] of call.methods ?? []) {
      try {
        const method = (result as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
        methods.push({ ok: true, value: plain(method.apply(result, args)) });
      } catch (error) {
        methods.push(describeError(error));
      }
    }
    outcome = { ok: true, value: plain(result), methods };
  } catch (error) {
    outcome = describeError(error);
  }
  parentPort!.postMessage(outcome);
});
parentPort!.postMessage({ ready: true });
