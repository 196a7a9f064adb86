import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowed, shortNamesOf, sourceFiles, violations } from './shortNames.js';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('names of three characters or fewer in src/ are documented symbols or words', () => {
  it('finds declared short names and refuses the ones the glossary does not define', () => {
    const text =
      'const buf = 1;\nfunction f(x: number, cfg: { mu: number }) { const { res } = g(); return x; }\ninterface Q { err: string }\n';
    const names = shortNamesOf('probe.ts', text).map((s) => `${s.name}@${s.line}`);
    expect(names).toEqual(['buf@1', 'f@2', 'x@2', 'cfg@2', 'mu@2', 'res@2', 'Q@3', 'err@3']);
    const refused = shortNamesOf('probe.ts', text)
      .map((s) => s.name)
      .filter((name) => !allowed(name, 'src/probe.ts'));
    expect(refused).toEqual(['buf', 'cfg', 'res', 'Q', 'err']);
    expect(['x0', 'a1', 'fLo', 'gHi', 'mu', 'day', '_p'].every((name) => allowed(name, 'src/math/probe.ts'))).toBe(true);
    expect(allowed('fr', 'src/realtime/locales/fr.ts')).toBe(true);
    expect(allowed('fr', 'src/cli/probe.ts')).toBe(false);
  });

  it('no file declares a short name outside the glossary', () => {
    const found: Record<string, string[]> = {};
    for (const path of sourceFiles(`${ROOT}src`)) {
      const names = violations(path);
      if (names.length > 0) found[relative(ROOT, path).replaceAll('\\', '/')] = names;
    }
    // A cryptic name fails here: rename it (or, if it is a math symbol, define it in shortNameGlossary.ts).
    expect(found).toEqual({});
  });
});
