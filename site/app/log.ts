// The log page (log.html): a call log read in the browser (never uploaded) → history, calibration, forecast, plan.
import type { CallLog } from '../../src/index.js';
import { byId, download, inputNumber, messageOf } from './dom.js';
import { analyzeLog, commandLines, type LogAnalysis, type LogSettings, readLog } from './logModel.js';
import { showAnalysis } from './logView.js';

declare global {
  interface Window {
    /** Set by examples/example-log.js, which the build writes from the bundled example log. */
    queuecastExampleLog?: { name: string; text: string };
  }
}

let current: { name: string; log: CallLog } | undefined;
let analysis: LogAnalysis | undefined;

/** Shows an error (or hides the error line when `message` is undefined). */
function showError(message: string | undefined): void {
  const error = byId('log-error');
  error.hidden = message === undefined;
  error.textContent = message ?? '';
}

/** The settings in the form, as the CLI's flags take them (an empty one: the flag's default, as when it is left out). */
function readSettings(): LogSettings {
  return {
    interval: Number(byId<HTMLSelectElement>('log-interval').value),
    serviceLevel: (inputNumber('log-sl') ?? 80) / 100,
    answerTime: inputNumber('log-answer-time') ?? 20,
    shrinkage: (inputNumber('log-shrinkage') ?? 0) / 100,
  };
}

/** Analyses the current log with the current settings and shows it. */
function update(): void {
  if (current === undefined) return;
  try {
    const settings = readSettings();
    analysis = analyzeLog(current.log, settings);
    showAnalysis(analysis, current.name);
    byId('log-commands').textContent = commandLines(current.name, settings, analysis.availability).join('\n');
    byId('log-results').hidden = false;
    showError(undefined);
  } catch (e) {
    showError(`${current.name}: ${messageOf(e)}`);
  }
}

/** Reads a log's text and shows what it says. */
function open(name: string, text: string): void {
  try {
    const log = readLog(text);
    current = { name, log };
    const skipped = Object.entries(log.skipped).map(([reason, count]) => `${count} ${reason}`);
    const ignored = Object.entries(log.ignored).map(([reason, count]) => `${count} ${reason}`);
    const notes = [
      ...(skipped.length > 0 ? [`rows skipped: ${skipped.join(', ')}`] : []),
      ...(ignored.length > 0 ? [`not offered to the agents, left out: ${ignored.join(', ')}`] : []),
      ...log.warnings.map((w) => w.message),
    ];
    byId('log-status').textContent = `Read ${log.calls.length} calls (${log.format}) from ${[name, ...notes].join('; ')}.`;
    update();
  } catch (e) {
    refuse(name, messageOf(e));
  }
}

/** Says why a file cannot be read, and shows nothing of the log read before it. */
function refuse(name: string, why: string): void {
  current = undefined;
  byId('log-results').hidden = true;
  byId('log-status').textContent = '';
  showError(`${name}: ${why}`);
}

/**
 * A file's text, gunzipped when it is gzip (read here: nothing is uploaded); a gzip that does not
 * decompress or a binary file is refused by what it is, as the CLI refuses it (its bytes never shown).
 */
function readFile(file: File): void {
  const reader = new FileReader();
  reader.onerror = () => refuse(file.name, 'could not be read');
  reader.onload = async () => {
    let bytes = new Uint8Array(reader.result as ArrayBuffer);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
        bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      } catch {
        refuse(file.name, 'a gzip file that does not decompress');
        return;
      }
    }
    if (bytes.subarray(0, 8192).includes(0)) refuse(file.name, 'a binary file, not a text file such as CSV');
    else open(file.name, new TextDecoder().decode(bytes));
  };
  reader.readAsArrayBuffer(file);
}

/** The bundled example log, loaded as a classic script the first time (fetch is refused from file://). */
function openExample(): void {
  const loaded = window.queuecastExampleLog;
  if (loaded !== undefined) {
    open(loaded.name, loaded.text);
    return;
  }
  const script = document.createElement('script');
  script.src = 'examples/example-log.js';
  script.onload = () => {
    const example = window.queuecastExampleLog;
    if (example !== undefined) open(example.name, example.text);
  };
  script.onerror = () => showError('the example log could not be loaded (examples/example-log.js)');
  document.head.append(script);
}

const input = byId<HTMLInputElement>('log-file');
input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file !== undefined) readFile(file);
});
const zone = byId('drop-zone');
zone.addEventListener('dragover', (event) => {
  event.preventDefault();
  zone.classList.add('over');
});
zone.addEventListener('dragleave', () => zone.classList.remove('over'));
zone.addEventListener('drop', (event) => {
  event.preventDefault();
  zone.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) readFile(file);
});
byId('try-example').addEventListener('click', openExample);
// A setting recomputes everything (0.2–0.4 s for weeks of 15-minute intervals): once typing
// pauses, or at once when the field is changed (a choice made, or the field left).
const settings = byId('log-settings');
let pending: ReturnType<typeof setTimeout> | undefined;
function settle(): void {
  clearTimeout(pending);
  pending = undefined;
  update();
}
settings.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(settle, 300);
});
settings.addEventListener('change', () => {
  if (pending !== undefined) settle();
});
settings.addEventListener('submit', (event) => event.preventDefault());
byId('download-history').addEventListener('click', () => {
  if (analysis !== undefined) download('history.csv', analysis.csv.history);
});
for (const name of ['forecast', 'plan'] as const) {
  byId(`download-${name}`).addEventListener('click', () => {
    const next = analysis?.next;
    if (next !== undefined && 'csv' in next) download(`${name}.csv`, next.csv[name]);
  });
}
