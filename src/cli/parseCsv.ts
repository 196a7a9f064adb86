// The CSV splitter lives in the call-log layer (the library's call-log reader shares it).
export { parseCsv, type CsvRow, type CsvTable } from '../calllog/parseCsv.js';
