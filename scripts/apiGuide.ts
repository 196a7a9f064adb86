// Writes the first page of the API reference (docs/.api-index.md, read by typedoc as its readme):
// docs/api-users.md (the functions by who uses them) followed by every export of the package by
// layer, read from the layers' index files so the list cannot drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The layers in import order (each imports only those before it), with what each holds. */
const LAYERS: readonly (readonly [string, string])[] = [
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
function exportsOf(layer: string): { values: string[]; types: string[] } {
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

const links = (names: readonly string[]): string => names.map((n) => `{@link ${n}}`).join(', ');
const sections = LAYERS.map(([layer, what]) => {
  const { values, types } = exportsOf(layer);
  return `### ${layer}: ${what}\n\n${values.length > 0 ? `- functions and values: ${links(values)}\n` : ''}- types: ${links(types)}\n`;
});
const page = `${readFileSync(join(ROOT, 'docs', 'api-users.md'), 'utf8').trimEnd()}\n\n## By layer\n\nImports point down the list only.\n\n${sections.join('\n')}`;
writeFileSync(join(ROOT, 'docs', '.api-index.md'), page);
