import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The built bundle when it is current (it has the phrase tables), else the sources.
const dist = `${root}dist/index.js`;
const entry = existsSync(dist) && readFileSync(dist, 'utf8').includes('Su espera') ? dist : `${root}src/index.ts`;
const PHRASES = ['Your wait is', 'Su espera', 'Votre attente', 'Ihre Wartezeit', 'प्रतीक्षा', 'αναμονής', 'انتظار'];

async function bundle(names: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { ${names} } from ${JSON.stringify(entry)}; export const used = [${names}];`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    treeShaking: true,
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe(`tree shaking of the phrase tables (${entry.endsWith('.js') ? 'dist/index.js' : 'src/index.ts'})`, () => {
  it('import { erlangC } pulls none of the phrase tables', async () => {
    const code = await bundle('erlangC');
    for (const p of PHRASES) expect(code.includes(p), p).toBe(false);
  });
  it('import { estimateWait } pulls none of the phrase tables', async () => {
    const code = await bundle('estimateWait');
    for (const p of PHRASES) expect(code.includes(p), p).toBe(false);
  });
  it('import { announce } pulls all of them (the check above can fail)', async () => {
    const code = await bundle('announce');
    for (const p of PHRASES) expect(code.includes(p), p).toBe(true);
  });
});
