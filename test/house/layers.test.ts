import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderOf, importGraph, importLoops, importsOf, LAYERS, layerOf, NODE_FOLDERS, readsProcess, upwardImports } from './layers.js';
import { sourceFiles } from './shortNames.js';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = sourceFiles(SRC).map((path) => relative(SRC, path).replaceAll('\\', '/'));
const graph = importGraph(SRC, files);

/** A throwaway src/ tree of `sources` (path → text), and its graph. */
function probe(sources: Record<string, string>): Map<string, string[]> {
  const root = mkdtempSync(join(tmpdir(), 'queuecast-layers-'));
  for (const [path, text] of Object.entries(sources)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return importGraph(root, Object.keys(sources));
}

describe('the layers of src/ (test/house/layers.ts) hold: imports point down, and nothing loops', () => {
  it('the checks find what they look for (on a probe tree)', () => {
    const g = probe({
      'math/a.ts': "import { b } from '../models/b.js';\nexport const a = 1;",
      'models/b.ts': "import type { c } from './c.js';\nexport const b = 2;",
      'models/c.ts': "export { b } from './b.js';\nexport type c = number;",
      'staffing/d.ts': "import { a } from '../math/a.js';\nconst e = await import('../realtime/e.js');",
      'realtime/e.ts': 'export const e = process.env;',
    });
    expect(upwardImports(g)).toEqual([
      'math/a.ts → models/b.ts (math layer 0 → models layer 1)',
      'staffing/d.ts → realtime/e.ts (staffing layer 2 → realtime layer 2)',
    ]);
    expect(importLoops(g)).toEqual([['models/b.ts', 'models/c.ts']]);
    expect(importsOf("import type { X } from './x.js';\nexport * from './y.js';")).toEqual(['./x.js', './y.js']);
    expect(readsProcess('// a fresh process.\nconst s = "process";')).toBe(false);
    expect(readsProcess('const argv = process.argv;')).toBe(true);
  });

  it('every folder of src/ is placed in a layer', () => {
    const unplaced = [...new Set(files.map(folderOf))].filter((folder) => layerOf(folder) < 0);
    // A new folder fails here: place it in LAYERS (test/house/layers.ts), below everything that imports it.
    expect(unplaced).toEqual([]);
    expect(LAYERS.flat().every((folder) => folder === '.' || files.some((f) => folderOf(f) === folder))).toBe(true);
  });

  it('no file imports from a folder of its own layer or above', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('no import loops anywhere in src/ (type-only imports included)', () => {
    expect(importLoops(graph)).toEqual([]);
  });

  it("nothing outside the command line imports Node's built-ins or reads process", () => {
    const found = files.filter((file) => {
      if (NODE_FOLDERS.has(folderOf(file))) return false;
      const text = readFileSync(join(SRC, file), 'utf8');
      return importsOf(text).some((spec) => spec.startsWith('node:')) || readsProcess(text);
    });
    expect(found).toEqual([]);
  });
});
