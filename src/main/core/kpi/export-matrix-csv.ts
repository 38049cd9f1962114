import type { ExportCell, ExportTable } from './export-matrix-columns';

/** Excel reads a UTF-8 file as the system code page (GBK, Shift_JIS) unless it starts with a BOM. */
const BOM = '\uFEFF';

/** Enough digits for any rate or amount, none of binary floating point's noise (0.85, not 0.8500000000000001). */
function plainNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * Excel runs a cell that starts with = + - @ (or a tab/CR) as a formula: a store named
 * "=HYPERLINK(…)" must stay text, so such text gets the apostrophe Excel itself uses for that.
 */
function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cellText(cell: ExportCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return inertText(cell.text);
    case 'number':
    case 'money':
      return plainNumber(cell.value);
    case 'ratio':
      // Percent numbers under a "(%)" header: what a reader types and charts in Excel.
      return plainNumber(cell.value * 100);
    case 'status':
      return cell.text;
  }
}

/** RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. */
function quoted(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The table as RFC 4180 CSV (CRLF line ends) in UTF-8 with a BOM. */
export function matrixCsv(table: ExportTable): Buffer {
  const lines = [table.headers.map((header) => quoted(inertText(header))), ...table.rows.map((row) => row.map((cell) => quoted(cellText(cell))))];
  return Buffer.from(BOM + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n', 'utf8');
}
