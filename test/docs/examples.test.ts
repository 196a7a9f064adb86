import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as queuecast from '../../src/index.js';

/**
 * Executes every `@example` line in the library's doc comments (CONTRIBUTING, rule 4), so the docs
 * cannot rot: `expr; // => value` must equal value exactly (deep equality), `expr; // ≈ value`
 * must agree to the significant digits written; other lines must simply run. Examples may use
 * only names exported by the package.
 */
const root = join(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'cli' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string;
}

function examples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  let inExample = false;
  lines.forEach((raw, i) => {
    const text = raw.replace(/^\s*\*\s?/, '');
    if (/^\s*\*\s*@example/.test(raw)) {
      inExample = true;
      return;
    }
    if (inExample && (/^\s*\*\//.test(raw) || /^\s*\*\s*@/.test(raw) || text.startsWith('```'))) {
      inExample = /^\s*\*\s*```/.test(raw) ? inExample : false;
      if (!inExample || text.startsWith('```')) return;
    }
    if (inExample && text.trim() !== '') out.push({ file: relative(root, file), line: i + 1, code: text });
  });
  return out;
}

const names = Object.keys(queuecast);
const values = Object.values(queuecast);
const scope: Record<string, unknown> = {};

function run(code: string): unknown {
  // Statements share one scope per file so `const q = …` lines can feed later lines.
  const body = code.trim().replace(/;\s*$/, '');
  const decl = /^(const|let)\s+(\w+)\s*=\s*([\s\S]+)$/.exec(body);
  const fn = new Function('__scope', ...names, `with (__scope) { return (${decl ? decl[3] : body}); }`);
  const value = fn(scope, ...values);
  if (decl) scope[decl[2] as string] = value;
  return value;
}

function significantTolerance(literal: string): number {
  const mantissa = (literal.split(/e/i)[0] ?? '').replace(/^[-+]/, '').replace('.', '').replace(/^0+/, '');
  return 0.5 * 10 ** -(Math.max(mantissa.length, 1) - 1);
}

const files = sourceFiles(root);
describe('documentation examples', () => {
  for (const file of files) {
    const list = examples(file);
    if (list.length === 0) continue;
    test(`${relative(root, file)}: every @example line runs and shows what it returns`, () => {
      for (const key of Object.keys(scope)) delete scope[key];
      for (const ex of list) {
        const where = `${ex.file}:${ex.line}: ${ex.code}`;
        const [code, comment = ''] = ex.code.split(/\/\/\s*(?==>|≈)/);
        const actual = run(code as string);
        const exact = /^=>\s*(.+)$/.exec(comment.trim());
        const approx = /^≈\s*(-?[\d.]+(?:e[-+]?\d+)?)/i.exec(comment.trim());
        if (exact) expect(actual, where).toStrictEqual(new Function(`return (${exact[1]});`)());
        else if (approx) {
          const expected = Number(approx[1]);
          const tol = significantTolerance(approx[1] as string);
          expect(typeof actual, where).toBe('number');
          expect(Math.abs((actual as number) - expected) / Math.abs(expected), where).toBeLessThanOrEqual(tol);
        }
      }
    });
  }
});

describe('documentation coverage', () => {
  test('every exported function and class has a doc comment with an @example', () => {
    const sources = files.map((f) => readFileSync(f, 'utf8'));
    const missing = names.filter((name) => {
      if (typeof (queuecast as Record<string, unknown>)[name] !== 'function') return false;
      const declaration = new RegExp(`\\*/\\s*export (?:async )?(?:function|class|const) ${name}\\b`);
      return !sources.some((src) => {
        const at = src.search(declaration);
        if (at < 0) return false;
        const start = src.lastIndexOf('/**', at);
        return start >= 0 && src.slice(start, at).includes('@example');
      });
    });
    expect(missing, `exports without an @example: ${missing.join(', ')}`).toEqual([]);
  });
});
