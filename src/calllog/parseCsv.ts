/** One data row of a CSV file with its 1-based line number in the file. */
export interface CsvRow {
  /** 1-based line number of the row in the file (a quoted field may span lines; this is its first). */
  line: number;
  /** The cells, unquoted, untrimmed. */
  cells: string[];
}

/** A CSV file split into its header and rows. */
export interface CsvTable {
  /** Header cells as written (trimmed). */
  header: string[];
  /** Line number of the header (after leading blank and `#` comment lines). */
  headerLine: number;
  /** Data rows, blank lines and `#` comment lines skipped. */
  rows: CsvRow[];
  /** The delimiter found on the header line: `,`, `;` or tab. */
  delimiter: string;
}

/**
 * Splits CSV text (RFC 4180: quoted fields with `""` escapes and embedded newlines) into a header
 * and rows, keeping each row's line number for error messages. The delimiter is whichever of
 * comma, semicolon or tab appears on the header line (spreadsheets in many locales write `;`).
 * A UTF-8 byte-order mark is dropped; blank lines and lines starting with `#` are skipped.
 * Returns `undefined` for a file with no header.
 */
export function parseCsv(text: string): CsvTable | undefined {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = src.length;
  let pos = 0;
  let line = 1;
  let delimiter = ',';
  let header: string[] | undefined;
  let headerLine = 0;
  const rows: CsvRow[] = [];

  while (pos < n) {
    // One record starting at `pos` on `line`.
    const startLine = line;
    const first = src.charCodeAt(pos);
    if (first === 10 || first === 13 || first === 35 /* # */) {
      // Blank or comment line: skip to the end of the line.
      let end = src.indexOf('\n', pos);
      if (end === -1) end = n;
      const content = src.slice(pos, end).trim();
      if (content === '' || content.startsWith('#')) {
        pos = end + 1;
        line++;
        continue;
      }
    }
    if (header === undefined) {
      let end = src.indexOf('\n', pos);
      if (end === -1) end = n;
      const raw = src.slice(pos, end);
      delimiter = raw.includes(',') ? ',' : raw.includes(';') ? ';' : raw.includes('\t') ? '\t' : ',';
    }
    const cells: string[] = [];
    const d = delimiter.charCodeAt(0);
    for (;;) {
      if (src.charCodeAt(pos) === 34 /* " */) {
        let value = '';
        let from = ++pos;
        for (;;) {
          const q = src.indexOf('"', from);
          if (q === -1) {
            value += src.slice(pos);
            for (let i = pos; i < n; i++) if (src.charCodeAt(i) === 10) line++;
            pos = n;
            break;
          }
          for (let i = pos; i < q; i++) if (src.charCodeAt(i) === 10) line++;
          if (src.charCodeAt(q + 1) === 34) {
            value += src.slice(pos, q + 1);
            pos = from = q + 2;
            continue;
          }
          value += src.slice(pos, q);
          pos = q + 1;
          break;
        }
        // Anything between the closing quote and the delimiter is kept (lenient).
        let j = pos;
        while (j < n && src.charCodeAt(j) !== d && src.charCodeAt(j) !== 10 && src.charCodeAt(j) !== 13) j++;
        cells.push(value + src.slice(pos, j));
        pos = j;
      } else {
        let j = pos;
        while (j < n) {
          const c = src.charCodeAt(j);
          if (c === d || c === 10 || c === 13) break;
          j++;
        }
        cells.push(src.slice(pos, j));
        pos = j;
      }
      const c = src.charCodeAt(pos);
      if (c === d) {
        pos++;
        continue;
      }
      if (c === 13) pos++;
      if (src.charCodeAt(pos) === 10) {
        pos++;
        line++;
      }
      break;
    }
    if (header === undefined) {
      header = cells.map((h) => h.trim());
      headerLine = startLine;
    } else {
      rows.push({ line: startLine, cells });
    }
  }
  return header === undefined ? undefined : { header, headerLine, rows, delimiter };
}
