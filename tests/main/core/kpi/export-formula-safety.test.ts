import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../src/main/core/imports/parsers/tabular/parse-delimited';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

/**
 * Whatever a user names a client or a store, an exported CSV must not hand a spreadsheet a
 * formula to run, and an XLSX must hold it as text (never a formula cell).
 */
let backend: TestBackend;
let clientId: number;

beforeAll(() => {
  backend = openTestBackend();
  clientId = backend.api.call('clients.create', { name: 'Formula test', language: 'en-US', reportingCurrency: 'USD' }).id;
});
afterAll(() => backend.dispose());

const formulaName = fc
  .tuple(fc.constantFrom('=', '+', '-', '@'), fc.string({ minLength: 1, maxLength: 30 }))
  .map(([lead, rest]) => `${lead}${rest}`.trim())
  .filter((name) => /^[=+\-@]/.test(name) && name.length <= 120);

let seller = 0;
async function exportedStoreName(displayName: string, format: 'csv' | 'xlsx'): Promise<{ csvField?: string; xlsxCell?: ExcelJS.Cell }> {
  seller += 1;
  const store = backend.api.call('stores.create', {
    clientId, displayName, platform: 'amazon', marketplace: 'US', sellerId: `S${seller}`, stage: 'mature', status: 'active',
  });
  const file = await backend.api.call('matrix.export', { format, storeIds: [store.id], metricKeys: ['amazon.odr_mfn'], language: 'en-US' });
  backend.api.call('stores.archive', { id: store.id });
  const bytes = Buffer.from(file.base64, 'base64');
  if (format === 'csv') {
    const rows: string[][] = [];
    parseDelimited(bytes.toString('utf8').replace(/^\uFEFF/, ''), { onRow: (fields) => void rows.push(fields), onIssue: () => undefined });
    const column = rows[0]!.findIndex((h) => /store/i.test(h));
    return { csvField: rows[1]![column] };
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const column = (sheet.getRow(1).values as unknown[]).findIndex((h) => typeof h === 'string' && /store/i.test(h));
  return { xlsxCell: sheet.getRow(2).getCell(column) };
}

describe('exports neutralise formulas in user text', () => {
  it('prefixes a CSV cell that starts with = + - @ with an apostrophe, keeping the text', async () => {
    await fc.assert(
      fc.asyncProperty(formulaName, async (name) => {
        const { csvField } = await exportedStoreName(name, 'csv');
        expect(csvField).toBe(`'${name}`);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('writes such text to XLSX as a string cell, never a formula', async () => {
    await fc.assert(
      fc.asyncProperty(formulaName, async (name) => {
        const { xlsxCell } = await exportedStoreName(name, 'xlsx');
        expect(xlsxCell?.type).toBe(ExcelJS.ValueType.String);
        expect(xlsxCell?.value).toBe(name);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
