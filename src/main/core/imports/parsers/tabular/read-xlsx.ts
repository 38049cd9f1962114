import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { IssueParams } from '../../import-sink';
import { checkZipIntegrity } from './check-zip-integrity';
import type { RowHandler } from './parse-delimited';

export class XlsxReadError extends Error {
  constructor(
    message: string,
    /** Stable machine code for the UI to translate (see ParseIssue.code). */
    readonly code: string,
    readonly params: IssueParams = {},
  ) {
    super(message);
  }
}

export interface ReadXlsxOptions {
  /** Worksheet to read; the first one in the file when absent. */
  sheet?: string;
  onRow: RowHandler;
  /** Awaited every few thousand rows with (rows read, 0: the total is unknown while streaming); may throw to stop. */
  pause?: (done: number, total: number) => Promise<void>;
}

const ROWS_PER_PAUSE = 16_384;

/** Days between Excel's 1900 epoch (as Lotus counted it) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const DAY_MS = 86_400_000;

/**
 * Streams one worksheet of an XLSX workbook to `onRow(fields, line)` like `parseDelimited`,
 * `line` being the Excel row number; empty rows are not delivered. exceljs's streaming reader
 * is used so a million-row sheet never sits in memory as cell objects.
 *
 * Cells become the text a person would type to mean the same value: dates → YYYY-MM-DD,
 * numbers → plain digits, numbers formatted as percent → "0.85%" (the stored 0.0085 times 100,
 * so a ratio column reads back exactly and 120% is recognised as a percent rather than
 * mistaken for a fraction), booleans → TRUE/FALSE, errors → their code (#N/A), formulas →
 * their cached result, rich text → its plain text.
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions): Promise<{ sheet: string }> {
  await checkZipIntegrity(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new XlsxReadError(`The workbook could not be read (${reason}); open it in Excel and save it again as .xlsx, or export CSV.`, 'xlsx_unreadable', { reason });
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const seen: string[] = [];
  // Errors of the caller's onRow pass through untouched; only exceljs's own become XlsxReadError.
  let callerFailed = false;
  try {
    for await (const worksheet of reader) {
      // exceljs's typings omit the name its streaming reader sets from workbook.xml.
      const name = (worksheet as unknown as { name?: string }).name ?? `Sheet${seen.length + 1}`;
      seen.push(name);
      if (options.sheet !== undefined && name !== options.sheet) continue;
      for await (const row of worksheet) {
        const fields: string[] = new Array<string>(row.cellCount).fill('');
        row.eachCell((cell, column) => {
          fields[column - 1] = cellText(cell.value, cell.numFmt);
        });
        try {
          options.onRow(fields, row.number);
          if (options.pause && row.number % ROWS_PER_PAUSE === 0) await options.pause(row.number, 0);
        } catch (error) {
          callerFailed = true;
          throw error;
        }
      }
      return { sheet: name };
    }
  } catch (error) {
    if (callerFailed) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new XlsxReadError(`The workbook could not be read (${reason}); open it in Excel and save it again as .xlsx, or export CSV.`, 'xlsx_unreadable', { reason });
  }
  if (options.sheet !== undefined) {
    const sheets = seen.map((name) => `"${name}"`).join(', ') || 'none';
    throw new XlsxReadError(`The workbook has no worksheet named "${options.sheet}"; it has: ${sheets}.`, 'xlsx_no_such_sheet', { sheet: options.sheet, sheets });
  }
  throw new XlsxReadError('It is a zip archive without an Excel worksheet; unzip it and import the file inside, or save the sheet as .xlsx.', 'xlsx_no_worksheet');
}

export function cellText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') {
    if (numFmt && isDateFormat(numFmt)) return isoDate(new Date(Math.round((value - EXCEL_EPOCH_OFFSET_DAYS) * DAY_MS)));
    if (numFmt?.includes('%')) return `${percentText(value)}%`;
    return String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('result' in value) return cellText(value.result ?? null, numFmt);
  return '';
}

/** Shifts the decimal exponent (not × 100) so 0.0057 becomes "0.57", not "0.5700000000000001". */
function percentText(fraction: number): string {
  const text = String(fraction);
  return text.includes('e') ? String(fraction * 100) : String(Number(`${text}e2`));
}

function isoDate(date: Date): string {
  // exceljs hands out a spreadsheet date as that wall-clock time in UTC, so the UTC date is the date shown.
  return date.toISOString().slice(0, 10);
}

/**
 * exceljs converts plain date cells itself but hands formula results over as serial numbers,
 * so the format decides. Quoted text and [colour]/[locale] sections are not date tokens.
 */
function isDateFormat(numFmt: string): boolean {
  const tokens = numFmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[dy]/i.test(tokens);
}
