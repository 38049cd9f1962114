import { describe, expect, it } from 'vitest';
import { readXlsx, XlsxReadError } from '../../../../../../src/main/core/imports/parsers/tabular/read-xlsx';
import { sampleWorkbook } from '../sample-workbook';

async function rowsOf(bytes: Buffer, sheet?: string) {
  const rows: Array<[number, string[]]> = [];
  const result = await readXlsx(bytes, { onRow: (fields, line) => rows.push([line, fields]), ...(sheet ? { sheet } : {}) });
  return { rows, sheet: result.sheet };
}

describe('readXlsx', () => {
  it('reads the first worksheet when none is named', async () => {
    expect(await rowsOf(await sampleWorkbook())).toEqual({ sheet: 'Notes', rows: [[1, ['Exported from ERP']]] });
  });

  it('turns cells into the text a person would type: dates, percents, numbers, formulas, rich text, errors', async () => {
    const { rows } = await rowsOf(await sampleWorkbook(), 'Data');
    expect(rows).toEqual([
      [1, ['store', 'date', 'amazon.odr_mfn', 'amazon.ordered_product_sales', 'currency', 'amazon.sessions']],
      [2, ['US Flagship', '2026-10-31', '0.57%', '1234.5', 'USD', '2800']],
      [3, ['JP Store', '2026-10-30', '#N/A', '12000', 'JPY', '2']],
      [5, ['Linked Store', 'TRUE', '', '1e-7']],
    ]);
  });

  it('names the worksheets it has when the requested one is missing', async () => {
    await expect(readXlsx(await sampleWorkbook(), { sheet: 'Sales', onRow: () => {} })).rejects.toThrow(
      new XlsxReadError('The workbook has no worksheet named "Sales"; it has: "Notes", "Data".', 'xlsx_no_such_sheet', { sheet: 'Sales', sheets: '"Notes", "Data"' }),
    );
  });

  it('says a damaged workbook cannot be read instead of crashing', async () => {
    const bytes = (await sampleWorkbook()).subarray(0, 600);
    await expect(readXlsx(bytes, { onRow: () => {} })).rejects.toBeInstanceOf(XlsxReadError);
  });

  it('lets an error thrown by the row handler through unchanged', async () => {
    const failure = new Error('stop');
    await expect(readXlsx(await sampleWorkbook(), { onRow: () => { throw failure; } })).rejects.toBe(failure);
  });
});
