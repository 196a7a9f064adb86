import { Worker } from 'node:worker_threads';
import { QueueInputError, type SimResult, type SimScenario, type SimulateOptions, simulate } from '../../index.js';
import type { Progress } from '../output/Progress.js';

/** A simulation for the worker thread: what `simulate` takes. */
export interface SimulationTask {
  scenario: SimScenario;
  options: SimulateOptions;
}

/** What the worker sends back: the result, or the error's fields (a QueueInputError is rebuilt). */
export type SimulationReply =
  | { result: SimResult }
  | { error: { name: string; message: string; parameter?: string; value?: unknown; expected?: string; code?: string } };

/** Runs a task in the worker thread and replies to the main thread (see main.ts). */
export function simulationReply(task: SimulationTask): SimulationReply {
  try {
    return { result: simulate(task.scenario, task.options) };
  } catch (e) {
    if (e instanceof QueueInputError) {
      const value = typeof e.value === 'function' || typeof e.value === 'symbol' ? String(e.value) : e.value;
      return { error: { name: e.name, message: e.message, parameter: e.parameter, value, expected: e.expected, code: e.code } };
    }
    return { error: { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) } };
  }
}

function fromReply(reply: SimulationReply): SimResult {
  if ('result' in reply) return reply.result;
  const e = reply.error;
  if (e.name === 'QueueInputError' && e.parameter !== undefined && e.expected !== undefined) {
    throw new QueueInputError(e.parameter, e.value, e.expected, (e.code ?? 'invalid-input') as QueueInputError['code']);
  }
  throw new Error(e.message);
}

/** How often the elapsed time is redrawn, ms. */
const REDRAW_MS = 250;

/**
 * `simulate(scenario, options)` with progress: `label` and the seconds elapsed on standard error,
 * redrawn while a worker thread simulates (the main thread stays free to draw). Without a terminal
 * (or without `workerUrl`, the built command line's own file, e.g. in tests) it simulates here,
 * showing `label` once if progress is on.
 */
export async function simulateWithProgress(
  task: SimulationTask,
  label: string,
  progress: Progress,
  workerUrl: URL | undefined,
): Promise<SimResult> {
  if (!progress.enabled || workerUrl === undefined) {
    progress.show(`${label}…`);
    try {
      return fromReply(simulationReply(task));
    } finally {
      progress.clear();
    }
  }
  const started = Date.now();
  progress.show(`${label}…`);
  let shown = 0;
  const timer = setInterval(() => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    if (seconds === shown) return;
    shown = seconds;
    progress.show(`${label}… ${seconds} s`);
  }, REDRAW_MS);
  try {
    const reply = await new Promise<SimulationReply>((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: { simulation: task } });
      worker.once('message', (message: SimulationReply) => resolve(message));
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`the simulation's worker thread stopped with code ${code}`));
      });
    });
    return fromReply(reply);
  } finally {
    clearInterval(timer);
    progress.clear();
  }
}
