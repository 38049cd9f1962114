import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfPrinter } from '../../../../src/main/cli/pdf/chromium-pdf-printer';
import type { PdfPrinter } from '../../../../src/main/core/pdf/pdf-printer';
import { pdfText, withoutSpace } from '../../../helpers/document-text';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { FIXED_NOW, openTestBackend, tempDir, type TestBackend } from '../../../helpers/temp-workspace';
import { JP_ODR_OCTOBER, MONTH, US_CONVERSION_OCTOBER, seedOtherClients, seedReviewAgency, type ReviewAgency } from './review-fixtures';

const chromium = chromiumPdfPrinter('/usr/bin/chromium');
/** Fails for one client, as a broken font or a full disk would, to show the batch goes on. */
const failingFor = (clientName: string): PdfPrinter => ({
  print: (html, options) => (html.includes(clientName) ? Promise.reject(new Error(`printer jammed on ${clientName}`)) : chromium.print(html, options)),
});

let backend: TestBackend;
let agency: ReviewAgency;
let others: { enClientId: number; zhClientId: number };
let folder: { dir: string; cleanup: () => void };
let jaText: string;
let jaPdf: Buffer;

beforeAll(async () => {
  backend = openTestBackend(() => FIXED_NOW, { pdfPrinter: failingFor('深圳优品贸易-never') });
  agency = seedReviewAgency(backend);
  others = seedOtherClients(backend);
  backend.api.call('whiteLabel.update', { agencyName: 'Bluewave Agency', primaryColour: '#0b7285' });
  folder = tempDir('storefleet-reviews-');
  const file = await backend.api.call('reviews.export', { clientId: agency.clientId, month: MONTH, format: 'pdf' });
  jaPdf = Buffer.from(file.base64, 'base64');
  jaText = withoutSpace(pdfText(jaPdf));
}, 60_000);
afterAll(() => {
  backend.dispose();
  folder.cleanup();
});

describe('the PDF review', () => {
  it("names the client, the month and the agency, in the client's language (Japanese)", () => {
    expect(jaPdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(jaText).toContain('KitsuneOutdoor');
    expect(jaText).toContain('2026年10月');
    expect(jaText).toContain('BluewaveAgency');
    expect(jaText).toContain('月次レポート');
    expect(jaText).toContain('エグゼクティブサマリー');
    expect(jaText).toContain('注文不良率（出品者出荷）');
  });

  it("shows the KPI values formatted for the language: ODR this month, last month's, the baseline and the target", () => {
    const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
    expect(jaText).toContain(percent(JP_ODR_OCTOBER.at(-1)!));
    expect(jaText).toContain('0.50%');
    expect(jaText).toContain('0.90%');
    expect(jaText).toContain(percent(US_CONVERSION_OCTOBER.at(-1)!));
  });

  it('says plainly that a store had no data for the month instead of leaving it out or failing', () => {
    expect(jaText).toContain('このストアのデータがありません');
    expect(jaText).toContain('KitsuneOutdoorTikTokUS');
  });

  it('prints a Chinese client in Chinese', async () => {
    const file = await backend.api.call('reviews.export', { clientId: others.zhClientId, month: MONTH, format: 'pdf' });
    const text = withoutSpace(pdfText(Buffer.from(file.base64, 'base64')));
    expect(text).toContain('深圳优品贸易');
    expect(text).toContain('月度运营报告');
    expect(text).toContain('执行摘要');
    expect(text).toContain('2026年10月');
    expect(text).toContain('0.25%');
    expect(file.fileName).toBe('review-深圳优品贸易-2026-10.pdf');
  }, 30_000);

  it('renders its first pages to images with pdftoppm (kept under /tmp/review-pages for a look)', () => {
    mkdirSync('/tmp/review-pages', { recursive: true });
    const pdf = join('/tmp/review-pages', 'ja.pdf');
    execFileSync('sh', ['-c', `cat > ${pdf}`], { input: jaPdf });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, join('/tmp/review-pages', 'ja')]);
    expect(readdirSync('/tmp/review-pages').filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps every export in the history with the SHA-256 of the bytes handed out', () => {
    const history = backend.api.call('reviews.exports', { clientId: agency.clientId, month: MONTH });
    expect(history[0]).toMatchObject({ format: 'pdf', language: 'ja-JP', byteLength: jaPdf.length, sha256: createHash('sha256').update(jaPdf).digest('hex'), actor: 'test' });
  });
});

describe('the XLSX appendix', () => {
  it('has a summary sheet and one sheet per store whose daily values are those in the database', async () => {
    const file = await backend.api.call('reviews.export', { clientId: agency.clientId, month: MONTH, format: 'xlsx', language: 'en-US' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Kitsune Outdoor Amazon JP', 'Kitsune Outdoor Amazon US', 'Kitsune Outdoor TikTok US']);
    const jp = workbook.getWorksheet('Kitsune Outdoor Amazon JP')!;
    expect(jp.getRow(1).getCell(2).value).toBe('Order defect rate (seller-fulfilled)');
    const stored = backend.ctx.workspace.sqlite
      .prepare("SELECT window_to AS date, value FROM metric_snapshots WHERE store_id = ? AND metric_key = 'amazon.odr_mfn' AND window_to LIKE '2026-10-%' ORDER BY window_to")
      .all(agency.jpStoreId) as { date: string; value: number }[];
    const sheetRows = Array.from({ length: jp.rowCount - 1 }, (_, i) => jp.getRow(i + 2)).map((row) => ({ date: row.getCell(1).value, value: row.getCell(2).value }));
    expect(sheetRows).toEqual(stored);
    const summary = workbook.getWorksheet('Summary')!;
    const odrRow = Array.from({ length: summary.rowCount }, (_, i) => summary.getRow(i + 1)).find((row) => row.getCell(2).value === 'Order defect rate (seller-fulfilled)')!;
    expect([odrRow.getCell(3).value, odrRow.getCell(5).value, odrRow.getCell(6).value, odrRow.getCell(7).value]).toEqual([JP_ODR_OCTOBER.at(-1), 0.009, 0.005, 'Breach']);
    const tiktok = Array.from({ length: summary.rowCount }, (_, i) => summary.getRow(i + 1)).find((row) => row.getCell(1).value === 'Kitsune Outdoor TikTok US')!;
    expect(tiktok.getCell(2).value).toBe('No data');
  });
});

describe('batch export', () => {
  it("writes every active client's review into the folder and reports a failing client without stopping the others", async () => {
    const jammed = openTestBackend(() => FIXED_NOW, { pdfPrinter: failingFor('Northpeak Home') });
    try {
      seedReviewAgency(jammed);
      seedOtherClients(jammed);
      const result = await jammed.api.call('reviews.batchExport', { month: MONTH, format: 'pdf', folder: folder.dir });
      expect(result.failed).toEqual([expect.objectContaining({ clientName: 'Northpeak Home', message: 'printer jammed on Northpeak Home' })]);
      expect(result.written.map((one) => one.clientName)).toEqual(['Kitsune Outdoor', '深圳优品贸易']);
      expect(result.cancelled).toBe(false);
      for (const one of result.written) {
        const bytes = readFileSync(join(folder.dir, one.fileName));
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(one.sha256);
      }
      expect(readdirSync(folder.dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    } finally {
      jammed.dispose();
    }
  }, 60_000);

  it('stops at the next client when cancelled, keeping the files already written whole', async () => {
    const { dir, cleanup } = tempDir('storefleet-reviews-cancel-');
    try {
      const stop = backend.ctx.events.subscribe((event, payload) => {
        const progress = payload as { jobId: string; done: number };
        if (event === 'job.progress' && progress.jobId === 'batch-1' && progress.done === 1) backend.ctx.jobs.cancel('batch-1');
      });
      const result = await backend.api.call('reviews.batchExport', { month: MONTH, format: 'xlsx', folder: dir, jobId: 'batch-1' });
      stop();
      expect(result).toMatchObject({ cancelled: true, failed: [] });
      expect(result.written).toHaveLength(1);
      expect(readdirSync(dir)).toEqual([result.written[0]!.fileName]);
    } finally {
      cleanup();
    }
  });

  it('refuses a folder that does not exist, naming the field', async () => {
    const missing = join(folder.dir, 'nope');
    expect(existsSync(missing)).toBe(false);
    const error = await backend.api.call('reviews.batchExport', { month: MONTH, format: 'xlsx', folder: missing }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', details: { issues: [expect.objectContaining({ field: 'folder' })] } });
  });

  it('refuses PDF on a host without a PDF engine', async () => {
    const bare = openTestBackend();
    try {
      const { clientId } = seedReviewAgency(bare);
      const error = await bare.api.call('reviews.export', { clientId, month: MONTH, format: 'pdf' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'unavailable' });
      expect(appErrorOf(() => bare.api.call('reviews.exports', { clientId, month: 'x' })).code).toBe('invalid_input');
    } finally {
      bare.dispose();
    }
  });
});
