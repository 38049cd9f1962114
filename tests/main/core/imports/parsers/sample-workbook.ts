import ExcelJS from 'exceljs';

/** A workbook with a notes sheet first and a data sheet with every kind of cell Storefleet meets. */
export async function sampleWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes').addRow(['Exported from ERP']);
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(['store', 'date', 'amazon.odr_mfn', 'amazon.ordered_product_sales', 'currency', 'amazon.sessions']);
  const first = sheet.addRow(['US Flagship', new Date(Date.UTC(2026, 9, 31)), 0.0057, 1234.5, 'USD', 2800]);
  first.getCell(2).numFmt = 'yyyy-mm-dd';
  first.getCell(3).numFmt = '0.00%';
  const second = sheet.addRow([{ richText: [{ text: 'JP ' }, { text: 'Store' }] }, { formula: 'DATE(2026,10,30)', result: 46325 }, { error: '#N/A' }, 12000, 'JPY', { formula: '1+1', result: 2 }]);
  second.getCell(2).numFmt = 'yyyy/m/d';
  sheet.addRow([]);
  sheet.addRow(['Hyper', true, null, 1e-7]);
  sheet.getCell('A5').value = { text: 'Linked Store', hyperlink: 'https://example.com' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
