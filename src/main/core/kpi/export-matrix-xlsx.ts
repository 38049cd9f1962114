import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { MetricStatus } from '@shared/api/kpi-schemas';
import { currencyMinorDigits } from '@shared/domain/currencies';
import type { SheetRow } from './export-matrix-about';
import type { ExportCell } from './export-matrix-columns';

export interface XlsxSheet {
  name: string;
  rows: readonly SheetRow[];
  /** Rows and columns kept in view while scrolling (the header row, the store column). */
  frozen?: { rows: number; columns: number };
  /** Let a bold first row wrap onto two lines: metric headers are long, their values short. */
  wrapHeader?: boolean;
}

/** Light fills that keep black text readable; the status word is always written beside the colour. */
const STATUS_FILLS: Record<MetricStatus, string | null> = {
  breach: 'FFF8D7DA',
  watch: 'FFFFF3CD',
  stale: 'FFE2E3E5',
  ok: 'FFD1E7DD',
  no_data: null,
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 40;

function decimalsFormat(decimals: number): string {
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

/** The ISO code rather than a symbol: ¥ is both yen and yuan, $ several dollars. */
function moneyFormat(currency: string): string {
  return `${decimalsFormat(currencyMinorDigits(currency))} "${currency}"`;
}

/** Characters of CJK scripts take about two columns of Excel's width unit. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

function displayedWidth(cell: ExportCell): number {
  switch (cell.kind) {
    case 'empty':
      return 0;
    case 'text':
    case 'status':
      return textWidth(cell.text);
    case 'number':
      return Math.round(cell.value).toLocaleString('en-US').length + cell.decimals + 1;
    case 'ratio':
      return 8;
    case 'money':
      return Math.round(cell.value).toLocaleString('en-US').length + 8;
  }
}

function columnWidths(sheet: XlsxSheet): number[] {
  const count = Math.max(0, ...sheet.rows.map((row) => row.cells.length));
  return Array.from({ length: count }, (_, column) => {
    const widths = sheet.rows.map((row, i) => {
      const width = displayedWidth(row.cells[column] ?? { kind: 'empty' });
      return i === 0 && sheet.wrapHeader ? Math.ceil(width / 2) : width;
    });
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...widths) + 2);
  });
}

function writeCell(target: ExcelJS.Cell, cell: ExportCell): void {
  switch (cell.kind) {
    case 'empty':
      return;
    case 'text':
      target.value = cell.text;
      return;
    case 'number':
      target.value = cell.value;
      target.numFmt = decimalsFormat(cell.decimals);
      return;
    case 'ratio':
      target.value = cell.value;
      target.numFmt = '0.00%';
      return;
    case 'money':
      target.value = cell.value;
      target.numFmt = moneyFormat(cell.currency);
      return;
    case 'status': {
      target.value = cell.text;
      const fill = STATUS_FILLS[cell.status];
      if (fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    }
  }
}

/**
 * Writes the sheets through exceljs's streaming writer, which commits each row as it goes
 * instead of keeping every cell of a large matrix as an object until the end.
 */
export async function workbookXlsx(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: true });

  for (const sheet of sheets) {
    const views: Partial<ExcelJS.WorksheetView>[] = sheet.frozen
      ? [{ state: 'frozen', xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }]
      : [];
    const worksheet = workbook.addWorksheet(sheet.name, { views });
    worksheet.columns = columnWidths(sheet).map((width) => ({ width }));
    sheet.rows.forEach((row, index) => {
      const written = worksheet.getRow(index + 1);
      row.cells.forEach((cell, column) => writeCell(written.getCell(column + 1), cell));
      if (row.bold) written.font = { bold: true };
      if (index === 0 && sheet.wrapHeader) {
        written.alignment = { wrapText: true, vertical: 'top' };
        written.height = 32;
      }
      written.commit();
    });
    worksheet.commit();
  }
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
