import { joinLines } from './joinLines.js';

/** A column of a text table. */
export interface TableColumn {
  /** Header text. */
  header: string;
  /** Alignment of the cells; numbers read best right-aligned. @defaultValue 'right' */
  align?: 'left' | 'right';
}

/**
 * Formats rows as an aligned plain-text table: a header, a rule of `─`, then one line per row,
 * columns separated by two spaces. Widths count UTF-16 code units, which is right for the ASCII
 * and Latin text the CLI puts in tables.
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c) => c.header.length);
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) {
      const width = (row[i] ?? '').length;
      if (width > (widths[i] ?? 0)) widths[i] = width;
    }
  }
  const format = (cells: readonly string[]): string => {
    let out = '';
    for (let i = 0; i < columns.length; i++) {
      const cell = cells[i] ?? '';
      const w = widths[i] ?? 0;
      const left = columns[i]?.align === 'left';
      const last = i === columns.length - 1;
      const padded = left ? (last ? cell : cell.padEnd(w)) : cell.padStart(w);
      out += i === 0 ? padded : `  ${padded}`;
    }
    return out.trimEnd();
  };
  const head = `${format(columns.map((c) => c.header))}\n${widths.map((w) => '─'.repeat(w)).join('  ')}\n`;
  return head + joinLines(rows.length, (r) => format(rows[r] ?? []));
}

/** Quotes a CSV cell when it holds a comma, quote or newline (RFC 4180). */
export function csvCell(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 34 || c === 44 || c === 10 || c === 13) return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}
