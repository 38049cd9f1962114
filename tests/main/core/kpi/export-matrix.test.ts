import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../src/main/core/imports/parsers/tabular/parse-delimited';
import type { ExportedFile } from '../../../../src/shared/api/exported-file-schemas';
import type { MatrixExportInput } from '../../../../src/shared/api/matrix-export-schemas';
import { findMetric } from '../../../../src/shared/metrics/metric-catalog';
import { seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let us: number;
let jp: number;
let tiktok: number;

const METRICS = ['amazon.odr_mfn', 'amazon.ordered_product_sales', 'amazon.account_status'];
const label = (key: string, language: 'zh-CN' | 'en-US' | 'ja-JP') => findMetric(key)!.labels[language];

/** Sales arrive as integer minor units with their currency, as the importers write them. */
function seedSales(storeId: number, amountMinor: number, currency: string): void {
  const batch = seedSnapshots(backend, storeId, []);
  backend.ctx.workspace.sqlite
    .prepare(
      `INSERT INTO metric_snapshots (store_id, metric_key, amount_minor, currency, window_from, window_to, import_batch_id)
       VALUES (?, 'amazon.ordered_product_sales', ?, ?, '2026-11-19', '2026-11-19', ?)`,
    )
    .run(storeId, amountMinor, currency, batch);
}

beforeEach(() => {
  backend = openTestBackend();
  const shanchuan = backend.api.call('clients.create', { name: '山川贸易', language: 'zh-CN', reportingCurrency: 'CNY' }).id;
  const sakura = backend.api.call('clients.create', { name: 'Sakura, "Tokyo" KK', language: 'ja-JP', reportingCurrency: 'JPY' }).id;
  const store = { platform: 'amazon', stage: 'mature', status: 'active' } as const;
  us = backend.api.call('stores.create', { ...store, clientId: shanchuan, displayName: '山川 US', marketplace: 'US', sellerId: 'A1SC', accountManager: '李娜' }).id;
  jp = backend.api.call('stores.create', { ...store, clientId: sakura, displayName: 'Sakura JP', marketplace: 'JP', sellerId: 'A2SK' }).id;
  tiktok = backend.api.call('stores.create', {
    clientId: shanchuan, displayName: '=HYPERLINK("http://x")', platform: 'tiktok_shop', marketplace: 'US', sellerId: 'TT1', stage: 'growth', status: 'active',
  }).id;
  seedSnapshots(backend, us, [
    { metricKey: 'amazon.odr_mfn', value: 0.0125, windowTo: '2026-11-19' },
    { metricKey: 'amazon.account_status', value: null, windowTo: '2026-11-19', platformStatus: 'AT_RISK' },
  ]);
  seedSnapshots(backend, jp, [{ metricKey: 'amazon.odr_mfn', value: 0.0035, windowTo: '2026-11-19' }]);
  seedSales(us, 1_234_550, 'USD');
  seedSales(jp, 1_200_000, 'JPY');
  backend.api.call('evaluation.run');
});
afterEach(() => backend.dispose());

/** Async so that input refused at the edge (thrown at once) arrives as a rejection like the rest. */
async function exportMatrix(input: Partial<MatrixExportInput>): Promise<ExportedFile> {
  return backend.api.call('matrix.export', { format: 'csv', storeIds: [jp, us, tiktok], metricKeys: METRICS, language: 'zh-CN', ...input });
}

function csvRows(file: ExportedFile): string[][] {
  const rows: string[][] = [];
  parseDelimited(Buffer.from(file.base64, 'base64').toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ',', onRow: (fields) => rows.push(fields) });
  return rows;
}

async function workbookOf(file: ExportedFile): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

describe('exporting the matrix to CSV', () => {
  it('writes UTF-8 with a BOM so Excel shows Chinese and Japanese, names the file by the date, and counts its bytes', async () => {
    const file = await exportMatrix({});
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file).toMatchObject({ fileName: 'storefleet-matrix-2026-11-20.csv', mimeType: 'text/csv;charset=utf-8', byteLength: bytes.length });
    expect(bytes.toString('utf8')).toContain('\r\n');
  });

  it('heads the columns in the language asked for: store columns, then per metric its value (unit in the header) and its status', async () => {
    const [header] = csvRows(await exportMatrix({}));
    expect(header).toEqual([
      '店铺', '客户', '平台', '站点', '阶段', '客户经理', '健康分', '最差状态',
      `${label('amazon.odr_mfn', 'zh-CN')}（%）`, `${label('amazon.odr_mfn', 'zh-CN')} – 状态`,
      label('amazon.ordered_product_sales', 'zh-CN'), `${label('amazon.ordered_product_sales', 'zh-CN')} – 币种`, `${label('amazon.ordered_product_sales', 'zh-CN')} – 状态`,
      label('amazon.account_status', 'zh-CN'), `${label('amazon.account_status', 'zh-CN')} – 状态`,
    ]);
    const [english] = csvRows(await exportMatrix({ language: 'en-US' }));
    expect(english?.slice(0, 2)).toEqual(['Store', 'Client']);
    expect(english?.[8]).toBe('Order defect rate (seller-fulfilled) (%)');
  });

  it('keeps the order of the stores as given and writes machine values: percent numbers, money in major units with its currency', async () => {
    const [, sakura, shanchuan, tiktokRow] = csvRows(await exportMatrix({}));
    expect(sakura).toEqual(['Sakura JP', 'Sakura, "Tokyo" KK', '亚马逊', 'JP', '成熟期', '', '100', '正常', '0.35', '正常', '1200000', 'JPY', '正常', '', '无数据']);
    expect(shanchuan?.slice(0, 8)).toEqual(['山川 US', '山川贸易', '亚马逊', 'US', '成熟期', '李娜', expect.any(String), '超标']);
    expect(shanchuan?.slice(8)).toEqual(['1.25', '超标', '12345.5', 'USD', '正常', 'AT_RISK', '超标']);
    expect(tiktokRow?.slice(0, 3)).toEqual([`'=HYPERLINK("http://x")`, '山川贸易', 'TikTok Shop']);
    // Amazon metrics do not exist for a TikTok shop: blank, not "no data".
    expect(tiktokRow?.slice(8)).toEqual(['', '', '', '', '', '', '']);
  });

  it('quotes fields with commas and quotes as RFC 4180 asks', async () => {
    const text = Buffer.from((await exportMatrix({})).base64, 'base64').toString('utf8');
    expect(text).toContain('Sakura JP,"Sakura, ""Tokyo"" KK",');
  });

  it('writes a header-only file for an empty view', async () => {
    expect(csvRows(await exportMatrix({ storeIds: [] }))).toHaveLength(1);
  });
});

describe('exporting the matrix to XLSX', () => {
  it('writes the same columns with a bold, frozen header row and first column', async () => {
    const file = await exportMatrix({ format: 'xlsx', language: 'ja-JP' });
    expect(file.fileName).toBe('storefleet-matrix-2026-11-20.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await workbookOf(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['マトリクス', '概要']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('ストア');
    expect(header.getCell(9).value).toBe(`${label('amazon.odr_mfn', 'ja-JP')}（%）`);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
    expect(sheet.getColumn(9).width).toBeLessThanOrEqual(40);
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(1).value)).toEqual(['Sakura JP', '山川 US', '=HYPERLINK("http://x")']);
  });

  it('keeps rates as fractions under a percent format and money as numbers under its currency format', async () => {
    const sheet = (await workbookOf(await exportMatrix({ format: 'xlsx' }))).worksheets[0]!;
    const sakura = sheet.getRow(2);
    const shanchuan = sheet.getRow(3);
    expect(shanchuan.getCell(9)).toMatchObject({ value: 0.0125, numFmt: '0.00%' });
    expect(shanchuan.getCell(11)).toMatchObject({ value: 12345.5, numFmt: '#,##0.00 "USD"' });
    expect(sakura.getCell(11)).toMatchObject({ value: 1200000, numFmt: '#,##0 "JPY"' });
    expect(shanchuan.getCell(12).value).toBe('USD');
    expect(typeof shanchuan.getCell(7).value).toBe('number');
    // A formula-looking store name is plain text in a workbook: nothing to neutralise.
    expect(sheet.getRow(4).getCell(1).type).toBe(ExcelJS.ValueType.String);
  });

  it('writes each status as its word with a fill colour, never colour alone', async () => {
    const sheet = (await workbookOf(await exportMatrix({ format: 'xlsx', language: 'en-US' }))).worksheets[0]!;
    const breach = sheet.getRow(3).getCell(10);
    const ok = sheet.getRow(2).getCell(10);
    const noData = sheet.getRow(2).getCell(15);
    expect(breach.value).toBe('Breach');
    expect(breach.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D7DA' } });
    expect(ok.value).toBe('OK');
    expect(ok.fill).toMatchObject({ fgColor: { argb: 'FFD1E7DD' } });
    expect(noData.value).toBe('No data');
  });

  it('explains itself on an About sheet: date, workspace, filters and what each metric means', async () => {
    const file = await exportMatrix({ format: 'xlsx', language: 'en-US', filters: { Client: '山川贸易', Search: 'US' } });
    const about = (await workbookOf(file)).getWorksheet('About')!;
    const rows = about.getSheetValues().filter(Boolean).map((row) => (row as ExcelJS.CellValue[]).slice(1));
    expect(rows).toContainEqual(['Exported at', '2026-11-20 09:30 UTC']);
    expect(rows).toContainEqual(['Workspace', 'workspace.sqlite']);
    expect(rows).toContainEqual(['Stores', 3]);
    expect(rows).toContainEqual(['Filters', 'Client: 山川贸易']);
    expect(rows).toContainEqual([undefined, 'Search: US']);
    const odr = rows.find((row) => row[1] === 'amazon.odr_mfn');
    expect(odr?.slice(0, 7)).toEqual(['Order defect rate (seller-fulfilled)', 'amazon.odr_mfn', 'Percentage', '60 days', 'Lower is better', 0.0075, 0.01]);
    expect(odr?.[7]).toContain('Account Health');
    expect(odr?.[8]).toBe('Catalog × 2');
    expect(rows.find((row) => row[1] === 'amazon.account_status')?.slice(3, 8)).toEqual(['Point in time', 'Higher is better', undefined, undefined, 'No default threshold']);
  });
});

describe('refusing an export', () => {
  it('answers not_found for a store that does not exist, naming it', async () => {
    await expect(exportMatrix({ storeIds: [us, 9999] })).rejects.toMatchObject({ code: 'not_found', message: 'Store 9999 does not exist' });
  });

  it('refuses an archived store, naming its place in storeIds', async () => {
    backend.api.call('stores.archive', { id: jp });
    await expect(exportMatrix({ storeIds: [us, jp] })).rejects.toMatchObject({ code: 'invalid_input', details: { issues: [{ field: 'storeIds.1', code: 'archived' }] } });
  });

  it('refuses a metric key the catalog does not know, naming metricKeys.N', async () => {
    await expect(exportMatrix({ metricKeys: ['amazon.odr_mfn', 'amazon.mood'] })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { issues: [{ field: 'metricKeys.1', code: 'unknown_metric' }] },
    });
  });

  it('refuses a store or metric listed twice rather than writing a confusing file', async () => {
    await expect(exportMatrix({ storeIds: [us, us] })).rejects.toMatchObject({ details: { issues: [{ field: 'storeIds.1', code: 'duplicate' }] } });
    await expect(exportMatrix({ metricKeys: ['amazon.odr_mfn', 'amazon.odr_mfn'] })).rejects.toMatchObject({ details: { issues: [{ field: 'metricKeys.1' }] } });
  });

  it('refuses an unknown format or language at the edge', async () => {
    await expect(exportMatrix({ format: 'pdf' as 'csv' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(exportMatrix({ language: 'fr-FR' as 'en-US' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
