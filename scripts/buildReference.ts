// Writes the site's reference and guides as static HTML (no script, no network):
//   OUT/reference/index.html   the functions by who uses them (docs/api-users.md), then the layers
//   OUT/reference/LAYER.html   every export of a layer from its doc comment, with its example
//   OUT/reference/reference.css
//   OUT/guides/*.html          the README's guides by role, its definitions, the doc sections
// Usage: `npx tsx scripts/buildReference.ts [OUT]` (OUT defaults to site-dist), or import
// `buildReference(out)`. The pages link the site's shared style sheet as ../style.css.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Application, type DeclarationReflection } from 'typedoc';
import { LAYERS } from '../test/house/layers.js';
import { API_LAYERS, exportsOf, ROOT } from './apiLayers.js';
import { entryHtml, exportsByName, partsHtml } from './reference/apiPages.js';
import { guidePages } from './reference/guidePages.js';
import { escapeHtml } from './reference/markdown.js';
import { page } from './reference/page.js';

/** The repository's web address, from package.json (`git+https://github.com/o/r.git` → `https://github.com/o/r`). */
function repositoryUrl(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
  return pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** The public API as typedoc reads it (the same options as `npm run docs`, without its output). */
async function readApi(): Promise<Map<string, DeclarationReflection>> {
  const app = await Application.bootstrap({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    tsconfig: join(ROOT, 'tsconfig.json'),
    excludeInternal: true,
    excludePrivate: true,
    excludeExternals: true,
    skipErrorChecking: true,
    readme: 'none',
    logLevel: 'Warn',
  });
  const project = await app.convert();
  if (project === undefined) throw new Error('typedoc could not read src/index.ts');
  return exportsByName(project);
}

/** Writes the pages under `out` and returns the files written, relative to `out`. */
export async function buildReference(out: string): Promise<string[]> {
  const api = await readApi();
  const pages = new Map<string, string>();
  const layers = API_LAYERS.map(([layer, what]) => ({ layer, what, ...exportsOf(layer) }));
  for (const { layer, values, types } of layers) for (const name of [...values, ...types]) pages.set(name, `${layer}.html`);
  const missing = [...api.keys()].filter((name) => !pages.has(name));
  if (missing.length > 0) throw new Error(`exports in no layer's index: ${missing.join(', ')}`);
  const unplaced = layers.filter(({ layer }) => !LAYERS.some((tier) => tier.includes(layer)));
  if (unplaced.length > 0) throw new Error(`folders not in test/house/layers.ts: ${unplaced.map(({ layer }) => layer).join(', ')}`);
  const written: string[] = [];
  const write = (file: string, html: string): void => {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), html);
    written.push(file);
  };
  const nav = 'reference/index.html';
  for (const { layer, what, values, types } of layers) {
    const entries = [...values, ...types].map((name) => api.get(name)).filter((entry) => entry !== undefined);
    const contents = (names: readonly string[]): string =>
      names.map((name) => `<li><a href="#${escapeHtml(name)}"><code>${escapeHtml(name)}</code></a></li>`).join('\n');
    const functions = values.length > 0 ? `<h2 id="contents-values">Functions and values</h2>\n<ul>\n${contents(values)}\n</ul>\n` : '';
    const body = `<p class="lead">The <code>${layer}</code> layer: ${escapeHtml(what)}. Every example below is executed by the test suite (<code>test/docs/examples.test.ts</code>): a line <code>// =&gt; value</code> returns exactly that value.</p>\n<nav class="contents" aria-label="On this page">\n${functions}<h2 id="contents-types">Types</h2>\n<ul>\n${contents(types)}\n</ul></nav>\n${entries.map((entry) => entryHtml(entry, pages, `${layer}.html`)).join('\n')}`;
    write(`reference/${layer}.html`, page(`${layer}: ${what}`, body, nav, `queuecast API reference: ${what}`));
  }
  const users = readFileSync(join(ROOT, 'docs', 'api-users.md'), 'utf8').replace(/^# .*\n/, '');
  const usersHtml = partsHtml(
    users.split(/(\{@link \w+\})/).map((text) => {
      const link = /^\{@link (\w+)\}$/.exec(text);
      return link ? { kind: 'inline-tag' as const, tag: '@link' as const, text: link[1] as string } : { kind: 'text' as const, text };
    }),
    pages,
    'index.html',
  );
  // The tiers of test/house/layers.ts (what the layers test enforces), lowest first, without the API and the CLI.
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const describe = ({ layer, what, values, types }: (typeof layers)[number]): string =>
    `<a href="${layer}.html"><code>${layer}</code></a>: ${escapeHtml(what)} (${count(values.length, 'function or value', 'functions and values')}, ${count(types.length, 'type', 'types')})`;
  const tiers = LAYERS.map((tier) => layers.filter(({ layer }) => tier.includes(layer))).filter((tier) => tier.length > 0);
  const byLayer = tiers.map((tier) => `<li><ul>\n${tier.map((entry) => `<li>${describe(entry)}</li>`).join('\n')}\n</ul></li>`).join('\n');
  const index = `${usersHtml}\n<h2 id="by-layer">By layer</h2>\n<p>Lowest first. A folder imports from its own files and from the tiers above it only, never sideways within its tier (<code>test/house/layers.test.ts</code> checks it).</p>\n<ol class="layers">\n${byLayer}\n</ol>`;
  write('reference/index.html', page('API reference', index, nav, 'queuecast API reference, by who uses it and by layer'));
  mkdirSync(join(out, 'reference'), { recursive: true });
  copyFileSync(join(ROOT, 'site', 'reference', 'reference.css'), join(out, 'reference', 'reference.css'));
  written.push('reference/reference.css');
  for (const [file, html] of guidePages(ROOT, repositoryUrl())) write(`guides/${file}`, html);
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = resolve(process.argv[2] ?? join(ROOT, 'site-dist'));
  const files = await buildReference(out);
  console.log(`wrote ${files.length} reference and guide files under ${out}`);
}
