import { UsageError } from '../UsageError.js';

/** A JSON value with the line and column where it starts (1-based). */
export type LocatedJson =
  | { kind: 'object'; line: number; column: number; entries: Map<string, LocatedJson> }
  | { kind: 'array'; line: number; column: number; items: LocatedJson[] }
  | { kind: 'string'; line: number; column: number; value: string }
  | { kind: 'number'; line: number; column: number; value: number }
  | { kind: 'boolean'; line: number; column: number; value: boolean }
  | { kind: 'null'; line: number; column: number };

/**
 * Parses JSON (RFC 8259) keeping where every value starts, so a checker can report
 * `file:line:column` for a bad field; a syntax error throws a UsageError located the same way.
 * Recursion depth is capped (64) and every loop advances through the text, so it always ends.
 */
export function parseJsonLocated(file: string, text: string): LocatedJson {
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = position;
  const where = (): string => `${file}:${line}:${position - lineStart + 1}`;
  const fail = (what: string): never => {
    throw new UsageError(`${where()}: ${what}`);
  };
  const space = (): void => {
    while (position < text.length) {
      const c = text[position];
      if (c === '\n') {
        line++;
        lineStart = position + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      position++;
    }
  };
  const stringAt = (): string => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a JSON string may not hold U+0000–U+001F unescaped
    const m = /^"((?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*)"/.exec(text.slice(position, position + 100_000));
    if (m === null) return fail('expected a string in double quotes');
    position += (m[0] as string).length;
    return JSON.parse(m[0] as string) as string;
  };
  const value = (depth: number): LocatedJson => {
    if (depth > 64) fail('nested too deeply');
    space();
    const at = { line, column: position - lineStart + 1 };
    const c = text[position];
    if (c === '{') {
      position++;
      const entries = new Map<string, LocatedJson>();
      space();
      if (text[position] === '}') {
        position++;
        return { kind: 'object', ...at, entries };
      }
      for (;;) {
        space();
        const key = stringAt();
        space();
        if (text[position] !== ':') fail(`expected ":" after "${key}"`);
        position++;
        entries.set(key, value(depth + 1));
        space();
        if (text[position] === ',') {
          position++;
          continue;
        }
        if (text[position] === '}') {
          position++;
          return { kind: 'object', ...at, entries };
        }
        return fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      position++;
      const items: LocatedJson[] = [];
      space();
      if (text[position] === ']') {
        position++;
        return { kind: 'array', ...at, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        space();
        if (text[position] === ',') {
          position++;
          continue;
        }
        if (text[position] === ']') {
          position++;
          return { kind: 'array', ...at, items };
        }
        return fail('expected "," or "]"');
      }
    }
    if (c === '"') return { kind: 'string', ...at, value: stringAt() };
    const word = /^(true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(position, position + 400));
    if (word === null)
      return fail(
        position >= text.length ? 'unexpected end of the file' : `unexpected ${JSON.stringify(text.slice(position, position + 12))}`,
      );
    position += (word[0] as string).length;
    if (word[0] === 'true' || word[0] === 'false') return { kind: 'boolean', ...at, value: word[0] === 'true' };
    if (word[0] === 'null') return { kind: 'null', ...at };
    return { kind: 'number', ...at, value: Number(word[0]) };
  };
  const result = value(0);
  space();
  if (position < text.length) fail('unexpected text after the JSON value');
  return result;
}
