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
  /** Data rows, blank lines (delimiters only too) and `#` comment lines skipped. */
  rows: CsvRow[];
  /** The delimiter found on the header line: `,`, `;` or tab. */
  delimiter: string;
}

/**
 * Splits CSV text (RFC 4180: quoted fields with `""` escapes and embedded newlines) into a header
 * and rows, keeping each row's line number for error messages. The delimiter is whichever of
 * comma, semicolon or tab appears on the header line (spreadsheets in many locales write `;`).
 * A UTF-8 byte-order mark is dropped; blank lines, rows of empty cells (a spreadsheet's empty rows,
 * `,,,`) and lines starting with `#` are skipped.
 * Returns `undefined` for a file with no header.
 */
export function parseCsv(text: string): CsvTable | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = body.length;
  let position = 0;
  let line = 1;
  let delimiter = ',';
  let header: string[] | undefined;
  let headerLine = 0;
  const rows: CsvRow[] = [];

  while (position < n) {
    // One record starting at `pos` on `line`.
    const startLine = line;
    const first = body.charCodeAt(position);
    if (first === 10 || first === 13 || first === 35 /* # */) {
      // Blank or comment line: skip to the end of the line.
      let end = body.indexOf('\n', position);
      if (end === -1) end = n;
      const content = body.slice(position, end).trim();
      if (content === '' || content.startsWith('#')) {
        position = end + 1;
        line++;
        continue;
      }
    }
    if (header === undefined) {
      let end = body.indexOf('\n', position);
      if (end === -1) end = n;
      const raw = body.slice(position, end);
      delimiter = raw.includes(',') ? ',' : raw.includes(';') ? ';' : raw.includes('\t') ? '\t' : ',';
    }
    const cells: string[] = [];
    const d = delimiter.charCodeAt(0);
    for (;;) {
      if (body.charCodeAt(position) === 34 /* " */) {
        let value = '';
        let from = ++position;
        for (;;) {
          const q = body.indexOf('"', from);
          if (q === -1) {
            value += body.slice(position);
            for (let i = position; i < n; i++) if (body.charCodeAt(i) === 10) line++;
            position = n;
            break;
          }
          for (let i = position; i < q; i++) if (body.charCodeAt(i) === 10) line++;
          if (body.charCodeAt(q + 1) === 34) {
            value += body.slice(position, q + 1);
            position = from = q + 2;
            continue;
          }
          value += body.slice(position, q);
          position = q + 1;
          break;
        }
        // Anything between the closing quote and the delimiter is kept (lenient).
        let j = position;
        while (j < n && body.charCodeAt(j) !== d && body.charCodeAt(j) !== 10 && body.charCodeAt(j) !== 13) j++;
        cells.push(value + body.slice(position, j));
        position = j;
      } else {
        let j = position;
        while (j < n) {
          const c = body.charCodeAt(j);
          if (c === d || c === 10 || c === 13) break;
          j++;
        }
        cells.push(body.slice(position, j));
        position = j;
      }
      const c = body.charCodeAt(position);
      if (c === d) {
        position++;
        continue;
      }
      if (c === 13) position++;
      if (body.charCodeAt(position) === 10) {
        position++;
        line++;
      }
      break;
    }
    if (header === undefined) {
      header = cells.map((h) => h.trim());
      headerLine = startLine;
    } else if (cells.some((cell) => cell.trim() !== '')) {
      rows.push({ line: startLine, cells });
    } // else a spreadsheet's empty row (delimiters only): blank
  }
  return header === undefined ? undefined : { header, headerLine, rows, delimiter };
}
