// The `queuecast` executable: runs the command line on this process's arguments. The same file
// is the worker thread of long simulations (started by simulateWithProgress with workerData).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type SimulationTask, simulationReply } from './engine/simulateWithProgress.js';
import { runCli } from './runCli.js';

if (isMainThread) {
  // A reader that closes the pipe early (`queuecast plan big.csv | head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });

  runCli(process.argv.slice(2), { stderrIsTTY: process.stderr.isTTY === true, workerUrl: new URL(import.meta.url) }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`queuecast: internal error\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  parentPort?.postMessage(simulationReply((workerData as { simulation: SimulationTask }).simulation));
}
