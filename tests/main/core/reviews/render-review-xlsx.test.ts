import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reviewFileName } from '../../../../src/main/core/reviews/export-review';
import type { ReviewModel, ReviewStoreSection } from '../../../../src/main/core/reviews/review-model';
import { renderReviewXlsx } from '../../../../src/main/core/reviews/render-review-xlsx';

const emptyStore = (storeId: number, name: string): ReviewStoreSection => ({
  storeId, name, platform: 'amazon', marketplace: 'US', hasData: false, kpis: [], daily: [], chartKeys: [], funnel: null,
});

const model = (stores: ReviewStoreSection[]): ReviewModel => ({
  clientId: 1, clientName: 'Northpeak', month: '2026-10', from: '2026-10-01', to: '2026-10-31', language: 'en-US', preparedOn: '2026-11-20',
  stores, alertsOpened: [], alertsResolved: 0, poaCases: [], sla: null, fees: null,
});

describe('the XLSX appendix sheet names', () => {
  it("cleans and shortens store names Excel would refuse, and keeps two alike apart, because Excel won't open the file otherwise", async () => {
    const bytes = await renderReviewXlsx(model([
      emptyStore(1, 'Northpeak US [main] / outlet: *clearance*?'),
      emptyStore(2, 'Northpeak US [main] / outlet: *clearance*?'),
    ]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe('Summary');
    expect(names.slice(1).every((name) => name.length <= 31 && !/[[\]:*?/\\]/.test(name))).toBe(true);
    expect(new Set(names).size).toBe(3);
    expect(workbook.getWorksheet(names[1]!)!.getRow(2).getCell(1).value).toBe('No data');
  });
});

describe('review file names', () => {
  it('keep the letters of any script and drop what a file system may refuse', () => {
    expect(reviewFileName('深圳优品 / 贸易', '2026-10', 'pdf')).toBe('review-深圳优品-贸易-2026-10.pdf');
    expect(reviewFileName('../..', '2026-10', 'xlsx')).toBe('review-client-2026-10.xlsx');
  });
});
