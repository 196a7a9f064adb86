// Builds the static site (npm run site): site/ → site-dist/, a folder any static host serves and a
// browser opens from files. Every page computes with the library in the page: each `NAME.ts` beside
// a `NAME.html` is bundled with the library's source into one classic script `NAME.js` (an IIFE:
// Chromium refuses module scripts from file://). Other files are copied as they are; `site/app/`
// lands at the root of the site. Then `scripts/buildReference.ts`, when present, writes the
// reference pages: it is run as `tsx scripts/buildReference.ts OUT_DIR`. site/README.md says more.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'site');
const OUT = resolve(ROOT, process.argv[2] ?? 'site-dist');
/** The example call log behind the log page's "try the example" button. */
const EXAMPLE_LOG = join(ROOT, 'examples', 'bank-calls-1999-02-01.csv');
/** Files of site/ that are sources or notes, not part of the site. */
const NOT_COPIED = new Set(['README.md', 'tsconfig.json']);

/** The frame of the app pages (site/app/frame.html), filled by {@link framed}. */
const FRAME = join('app', 'frame.html');

/**
 * An app page in the frame: its first line `<!-- frame title="…" description="…" -->`, the rest its
 * `<main>`; the page's script is `NAME.js` and its link in the navigation is marked current.
 */
function framed(name: string, text: string): string {
  const header = text.slice(0, text.indexOf('-->'));
  const field = (key: string): string => new RegExp(`${key}="([^"]*)"`).exec(header)?.[1] ?? '';
  const values: Record<string, string> = {
    title: field('title'),
    description: field('description'),
    script: name.replace(/\.html$/, '.js'),
    main: text.slice(text.indexOf('-->') + 4),
  };
  return readFileSync(join(SOURCE, FRAME), 'utf8')
    .replace(/^<!-- The frame[^\n]*\n/m, '')
    .replace(/{{(\w+)}}/g, (_, key: string) => values[key] ?? '')
    .replace(`<a href="${name}">`, `<a href="${name}" aria-current="page">`);
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** Where a source file lands: `app/` at the root, everything else where it is. */
function target(path: string): string {
  return join(OUT, path.startsWith('app/') ? path.slice(4) : path);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  const files = filesUnder(SOURCE);
  const entries: { in: string; out: string }[] = [];
  for (const path of files) {
    if (NOT_COPIED.has(basename(path))) continue;
    if (path.endsWith('.ts')) {
      // a page's script (beside its page) is bundled; other TypeScript is imported by those
      if (files.includes(path.replace(/\.ts$/, '.html'))) entries.push({ in: join(SOURCE, path), out: target(path).replace(/\.ts$/, '') });
      continue;
    }
    if (path === FRAME) continue;
    mkdirSync(dirname(target(path)), { recursive: true });
    const text = path.endsWith('.html') ? readFileSync(join(SOURCE, path), 'utf8') : '';
    if (text.startsWith('<!-- frame ')) writeFileSync(target(path), framed(basename(path), text));
    else copyFileSync(join(SOURCE, path), target(path));
  }
  const result = await build({
    entryPoints: entries,
    outdir: OUT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  // the example log as a classic script, loaded only when asked for (fetch() is refused from file://)
  const examples = join(OUT, 'examples');
  mkdirSync(examples, { recursive: true });
  const text = readFileSync(EXAMPLE_LOG, 'utf8');
  const example = { name: basename(EXAMPLE_LOG), text };
  writeFileSync(join(examples, 'example-log.js'), `window.queuecastExampleLog=${JSON.stringify(example)};\n`);
  copyFileSync(EXAMPLE_LOG, join(examples, basename(EXAMPLE_LOG)));
  const reference = join(ROOT, 'scripts', 'buildReference.ts');
  if (existsSync(reference)) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', reference, OUT], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`scripts/buildReference.ts failed (exit ${run.status})`);
  }
  for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
    process.stdout.write(`${file}: ${(bytes / 1024).toFixed(1)} kB\n`);
  }
  process.stdout.write(`site written to ${relative(ROOT, OUT)}/ (${filesUnder(OUT).length} files)\n`);
}

await main();
