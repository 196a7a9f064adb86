import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/**
 * The layers of `src/`, lowest first, as the imports really are. A file may import from its own
 * folder and from the folders of lower layers only: never upward, never sideways into another
 * folder of its own layer (two folders that need each other belong to different layers, or to one
 * folder). `'.'` is `src/index.ts`, the public API, which only the command line imports. A new
 * folder (or one moved) is placed here; the lead adjusts this table, and only it, at a merge.
 */
export const LAYERS: readonly (readonly string[])[] = [
  // Numerics: special functions, root finding, checks, errors.
  ['math'],
  // Queueing formulas (Erlang B, C, A); call records and their readers.
  ['models', 'calllog'],
  // What is built on them: staffing, simulation, forecasts, call-log history, the live tracker, schedules.
  ['staffing', 'sim', 'forecast', 'history', 'realtime', 'schedule'],
  // The public API.
  ['.'],
  // The `queuecast` command: flags, readers of files, output.
  ['cli'],
];

/** Folders whose files may import Node's built-ins (`node:…`) or read `process`: the library runs anywhere. */
export const NODE_FOLDERS: ReadonlySet<string> = new Set(['cli']);

/** A file's folder under `src/` (its first path segment; `'.'` for files directly in `src/`). */
export function folderOf(path: string): string {
  const parts = path.split('/');
  return parts.length === 1 ? '.' : (parts[0] as string);
}

/** The layer index of a folder (−1 when it is not placed in {@link LAYERS}). */
export function layerOf(folder: string): number {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

/** The modules a file's text imports or re-exports (type-only and dynamic imports included), as written. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The import graph of `files` (paths relative to `src/`, read from `root`): each file and the `src/` files it imports. */
export function importGraph(root: string, files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(readFileSync(join(root, file), 'utf8'))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) =>
        relative(root, join(root, dirname(file), spec))
          .replaceAll('\\', '/')
          .replace(/\.js$/, '.ts'),
      );
    graph.set(file, targets);
  }
  return graph;
}

/** Imports that point up or sideways between folders: `from → to (folder layer → folder layer)`. */
export function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    const source = folderOf(from);
    for (const to of targets) {
      const target = folderOf(to);
      if (target !== source && !(layerOf(target) < layerOf(source))) {
        found.push(`${from} → ${to} (${source} layer ${layerOf(source)} → ${target} layer ${layerOf(target)})`);
      }
    }
  }
  return found;
}

/** The import loops of a graph: its strongly connected components of more than one file, or of a file importing itself (Tarjan 1972). */
export function importLoops(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) as number);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) as number, low.get(next) as number));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file) as number, index.get(next) as number));
    }
    if (low.get(file) !== index.get(file)) return;
    const loop: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      loop.push(member);
    } while (member !== file);
    if (loop.length > 1 || graph.get(file)?.includes(file)) loops.push(loop.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return loops;
}

/** Whether a file's code (not its comments or strings) names `process`. */
export function readsProcess(text: string): boolean {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.Identifier && scanner.getTokenText() === 'process') return true;
  }
  return false;
}
