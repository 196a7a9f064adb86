/**
 * A CSV header cell as a lookup key: trimmed, lower case, each run of characters other than
 * a–z and 0–9 turned into one `_`, with no `_` at either end (`"Handle Time (s)"` → `handle_time_s`).
 * Shared by the call-log reader and the command line's CSV readers.
 */
export function headerKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}
