// Writes the first page of the API reference (docs/.api-index.md, read by typedoc as its readme):
// docs/api-users.md (the functions by who uses them) followed by every export of the package by
// layer, read from the layers' index files so the list cannot drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_LAYERS, exportsOf, ROOT } from './apiLayers.js';

const links = (names: readonly string[]): string => names.map((n) => `{@link ${n}}`).join(', ');
const sections = API_LAYERS.map(([layer, what]) => {
  const { values, types } = exportsOf(layer);
  return `### ${layer}: ${what}\n\n${values.length > 0 ? `- functions and values: ${links(values)}\n` : ''}- types: ${links(types)}\n`;
});
const page = `${readFileSync(join(ROOT, 'docs', 'api-users.md'), 'utf8').trimEnd()}\n\n## By layer\n\nImports point down the list only.\n\n${sections.join('\n')}`;
writeFileSync(join(ROOT, 'docs', '.api-index.md'), page);
