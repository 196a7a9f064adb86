// The layers of the public API and the names each one exports, read from the layers' index files
// so no list can drift from the code: the API reference's first page (scripts/apiGuide.ts) and the
// site's reference pages (scripts/buildReference.ts) both group the exports with it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root folder. */
export const ROOT: string = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The layers in import order (each imports only those before it), with what each holds. */
export const API_LAYERS: readonly (readonly [string, string])[] = [
  ['math', 'special functions and the one input error'],
  ['models', 'Erlang B, C and A: the metrics of one queue'],
  ['staffing', 'agents, lines and plans for targets'],
  ['realtime', 'waits of callers on hold, announcements and the live tracker'],
  ['sim', 'discrete-event simulation'],
  ['calllog', 'reading call logs'],
  ['history', 'intervals of a call log and the model calibrated to them'],
  ['forecast', 'arrival forecasts'],
  ['schedule', 'shift schedules'],
];

/** The names a layer's index file exports: values, then types. */
export function exportsOf(layer: string): { values: string[]; types: string[] } {
  const text = readFileSync(join(ROOT, 'src', layer, 'index.ts'), 'utf8').replace(/\/\/.*$/gm, '');
  const values: string[] = [];
  const types: string[] = [];
  for (const m of text.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
    for (const item of (m[2] ?? '').split(',').map((x) => x.trim())) {
      if (item === '') continue;
      const name = item
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop() as string;
      (m[1] !== undefined || item.startsWith('type ') ? types : values).push(name);
    }
  }
  return { values, types };
}
