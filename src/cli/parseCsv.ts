// The CSV splitter and header keys live in the call-log layer (the library's call-log reader shares them).
export { parseCsv, type CsvRow, type CsvTable } from '../calllog/parseCsv.js';
export { headerKey } from '../calllog/headerKey.js';
