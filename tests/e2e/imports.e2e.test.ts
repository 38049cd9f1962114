import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, choose, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type Server } from './support/browser-host';

const SELLER_ID = 'A2LUMORA7QX';

/** Storefleet's long format, with a rate written as text the way spreadsheets export it. */
const DAILY_CSV = [
  'store,metric,date,value,numerator,denominator',
  'Lumora Amazon US,amazon.odr_mfn,2026-11-01,0.62%,31,5000',
  'Lumora Amazon US,amazon.late_shipment_rate,2026-11-01,1.8%,72,4000',
  'Lumora Amazon US,amazon.valid_tracking_rate,2026-11-01,0.981,,',
].join('\n');

const BAD_CSV = [
  'store,metric,date,value',
  'Lumora Amazon US,amazon.odr_mfn,2026-11-02,0.60%',
  'Lumora Amazon US,amazon.late_shipment_rate,2026-11-02,n/a',
].join('\n');

/** A Chinese ERP export: one column per metric, headed by the metric's name, not its key. */
const ERP_CSV = ['店铺,日期,订单缺陷率（自配送）,迟发率,备注', 'Lumora Amazon US,2026-11-03,0.58%,1.7%,正常', 'Lumora Amazon US,2026-11-04,0.55%,1.6%,正常'].join('\n');

const window = (from: string, to: string) => ({ reportingDateFrom: `${from}T00:00Z`, reportingDateTo: `${to}T23:59Z` });

/** GET_V2_SELLER_PERFORMANCE_REPORT for one seller account selling in the US and Japan. */
const SELLER_PERFORMANCE = {
  accountStatuses: [
    { marketplaceId: 'ATVPDKIKX0DER', status: 'NORMAL' },
    { marketplaceId: 'A1VC38T7YXB528', status: 'AT_RISK' },
  ],
  performanceMetrics: [
    {
      marketplaceId: 'ATVPDKIKX0DER',
      accountHealthRating: { ahrStatus: 'GREAT', reportingDateRange: window('2026-05-20', '2026-11-15') },
      orderDefectRate: {
        mfn: {
          reportingDateRange: window('2026-09-17', '2026-11-15'),
          orderCount: 4210,
          orderWithDefects: { count: 21, status: 'GOOD' },
          claims: { count: 6, status: 'NONE' },
          chargebacks: { count: 2, status: 'NONE' },
          negativeFeedback: { count: 13, status: 'NONE' },
          fulfillmentType: 'mfn',
          status: 'GOOD',
          rate: 0.004988,
          targetValue: 0.01,
          targetCondition: 'LESS_THAN',
        },
      },
      lateShipmentRate: {
        reportingDateRange: window('2026-10-17', '2026-11-15'),
        orderCount: 3890,
        lateShipmentCount: 58,
        status: 'GOOD',
        rate: 0.01491,
        targetValue: 0.04,
        targetCondition: 'LESS_THAN',
      },
      receivedIntellectualPropertyComplaints: {
        reportingDateRange: window('2026-05-20', '2026-11-15'),
        defectsCount: 0,
        status: 'GOOD',
        targetValue: 0,
        targetCondition: 'EQUALS',
      },
    },
    {
      marketplaceId: 'A1VC38T7YXB528',
      lateShipmentRate: {
        reportingDateRange: window('2026-10-17', '2026-11-15'),
        orderCount: 1250,
        lateShipmentCount: 65,
        status: 'BAD',
        rate: 0.052,
        targetValue: 0.04,
        targetCondition: 'LESS_THAN',
      },
      prefulfillmentCancelRate: {
        reportingDateRange: window('2026-11-09', '2026-11-15'),
        orderCount: 310,
        cancellationCount: 4,
        status: 'GOOD',
        rate: 0.0129,
        targetValue: 0.025,
        targetCondition: 'LESS_THAN',
      },
    },
  ],
};

describe('Import data in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-imports-e2e-'));
  const shotsDir = join(screenshotsDir(), 'imports');
  let browserErrors: string[] = [];
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;

  const screenshot = (name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
  const upload = (name: string, content: string, mimeType: string) =>
    page.getByTestId('import-file-input').setInputFiles({ name, mimeType, buffer: Buffer.from(content, 'utf8') });
  const preview = async () => {
    await page.getByTestId('import-file-name').waitFor();
    await page.getByTestId('import-preview-button').click();
    await page.getByTestId('import-preview').waitFor();
  };
  const historyRow = (sourceName: string) => page.getByTestId('import-history').locator('tbody tr', { hasText: sourceName });

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    const db = join(workDir, 'workspace.sqlite');
    const client = JSON.parse(runCliSync('clients', 'add', '--db', db, '--json', '--name', 'Lumora Home', '--language', 'zh-CN', '--currency', 'USD')) as { id: number };
    for (const [name, marketplace] of [
      ['Lumora Amazon US', 'US'],
      ['Lumora Amazon JP', 'JP'],
    ] as const) {
      runCliSync('stores', 'add', '--db', db, '--client', String(client.id), '--name', name, '--platform', 'amazon', '--marketplace', marketplace, '--seller-id', SELLER_ID);
    }
    server = await startServer(db);
    ({ browser, page, errors: browserErrors } = await openBrowser('en-US'));
    await page.goto(server.url);
    await page.getByTestId('welcome-empty').click();
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('import-drop-zone').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('previews a long-format CSV as a dry run: its records, its store, no problems', async () => {
    await screenshot('01-empty');
    await upload('lumora-daily.csv', DAILY_CSV, 'text/csv');
    await preview();
    expect(await page.getByTestId('preview-records').textContent()).toBe('3');
    expect(await page.getByTestId('preview-format').textContent()).toBe('CSV / TSV text');
    expect(await page.getByTestId('preview-stores').textContent()).toContain('Lumora Amazon US · 3 records');
    await expect.poll(() => page.getByTestId('preview-no-issues').isVisible()).toBe(true);
    expect(await page.getByTestId('import-sample').locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('import-skip-invalid').isDisabled()).toBe(true);
    await screenshot('02-preview');
  });

  it('imports it and lists the batch in the history', async () => {
    await page.getByTestId('import-run').click();
    const result = page.getByTestId('import-result');
    await expect.poll(() => result.getAttribute('data-status')).toBe('imported');
    expect(await result.textContent()).toMatch(/3 rows imported as batch #\d+/);
    const row = historyRow('lumora-daily.csv');
    await expect.poll(() => row.getAttribute('data-status')).toBe('committed');
    expect(await row.textContent()).toContain('Lumora Amazon US');
    await screenshot('03-imported');
  });

  it('undoes the batch after a confirmation, keeping it in the history as undone', async () => {
    const row = historyRow('lumora-daily.csv');
    await row.getByTestId('undo-batch').click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('undone');
    expect(await row.getByTestId('batch-status').textContent()).toBe('Undone');
    expect(await row.getByTestId('undo-batch').count()).toBe(0);
    await screenshot('04-undone');
  });

  it('reports a bad value with its line and column, and refuses to import the file', async () => {
    await upload('lumora-bad.csv', BAD_CSV, 'text/csv');
    await preview();
    expect(await page.getByTestId('preview-issues').textContent()).toBe('1');
    const issue = page.getByTestId('preview-issues-table').locator('tbody tr').first();
    expect(await issue.getAttribute('data-line')).toBe('3');
    expect(await issue.getAttribute('data-column')).toBe('value');
    expect(await issue.textContent()).toContain('n/a');
    expect(await page.getByTestId('import-skip-invalid').isEnabled()).toBe(true);
    await page.getByTestId('import-run').click();
    const result = page.getByTestId('import-result');
    await expect.poll(() => result.getAttribute('data-status')).toBe('rejected');
    expect(await result.textContent()).toContain('Nothing was imported');
    expect(await historyRow('lumora-bad.csv').count()).toBe(0);
    await screenshot('05-rejected');
  });

  it('maps the columns of a file no built-in mapping fits, previews it again and saves the mapping as a preset', async () => {
    await upload('erp-daily.csv', ERP_CSV, 'text/csv');
    await preview();
    expect(await page.getByTestId('preview-records').textContent()).toBe('0');
    // Nothing could be read, so the mapping step opens by itself, guessed from the header.
    const editor = page.getByTestId('mapping-editor');
    await editor.waitFor();
    expect(await page.getByTestId('mapping-store').inputValue()).toBe('店铺');
    expect(await page.getByTestId('mapping-date').inputValue()).toBe('日期');
    const metricColumn = (header: string) => editor.locator(`input[data-column="${header}"]`);
    expect(await metricColumn('迟发率').inputValue()).toBe('Late shipment rate');
    expect(await metricColumn('备注').inputValue()).toBe('');
    await page.getByTestId('mapping-preview').click();
    await expect.poll(() => page.getByTestId('preview-records').textContent()).toBe('4');
    expect(await page.getByTestId('preview-mapping').textContent()).toBe('Custom mapping');
    await screenshot('06-mapping');
    await page.getByTestId('mapping-preset-name').fill('ERP daily');
    await page.getByTestId('mapping-save-preset').click();
    await expect.poll(() => page.getByTestId('preview-mapping').textContent()).toBe('ERP daily');
    expect(await page.getByTestId('import-mapping').inputValue()).toBe('ERP daily');
    expect(await page.getByTestId('preview-records').textContent()).toBe('4');
  });

  it('names each missing header column in Chinese, with no English left in the sentence', async () => {
    await page.evaluate(`localStorage.setItem('storefleet.language', 'zh-CN')`);
    await page.reload();
    await page.getByTestId('import-drop-zone').waitFor();
    await upload('no-dates.csv', ['store,metric,value', 'Lumora Amazon US,amazon.odr_mfn,0.4%'].join('\n'), 'text/csv');
    await preview();
    const issues = page.getByTestId('preview-issues-table').locator('tbody tr');
    await expect.poll(() => issues.count()).toBe(1);
    expect(await issues.first().textContent()).toContain('第 1 行的表头既没有“date”列，也没有“from”和“to”列');
    expect(await issues.first().textContent()).not.toMatch(/\b(or|and|missing)\b/);
    await screenshot('07-zh-CN-missing-columns');
    await page.evaluate(`localStorage.setItem('storefleet.language', 'en-US')`);
    await page.reload();
    await page.getByTestId('import-drop-zone').waitFor();
  });

  it('imports an Amazon seller performance report into the seller account chosen, one store per marketplace', async () => {
    await upload('seller-performance.json', JSON.stringify(SELLER_PERFORMANCE, null, 2), 'application/json');
    await page.getByTestId('import-file-name').waitFor();
    await choose(page, 'import-store', /Lumora Amazon US/);
    await preview();
    expect(await page.getByTestId('preview-format').textContent()).toBe('Amazon account health report');
    const stores = await page.getByTestId('preview-stores').textContent();
    expect(stores).toContain('Lumora Amazon US');
    expect(stores).toContain('Lumora Amazon JP');
    expect(await page.getByTestId('preview-issues').textContent()).toBe('0');
    expect(await page.getByTestId('import-sample').count()).toBe(0);
    await screenshot('08-amazon-preview');
    await page.getByTestId('import-run').click();
    await expect.poll(() => page.getByTestId('import-result').getAttribute('data-status')).toBe('imported');
    const row = historyRow('seller-performance.json');
    await expect.poll(() => row.getAttribute('data-status')).toBe('committed');
    expect(await row.textContent()).toContain('Amazon account health report');
    await screenshot('09-amazon-imported');
  });

  it('shows the progress of a big import and cancels it, writing nothing', async () => {
    const lines = ['store,metric,date,value'];
    const metrics = ['odr_mfn', 'odr_afn', 'late_shipment_rate', 'pre_fulfillment_cancel_rate', 'valid_tracking_rate', 'on_time_delivery_rate', 'invoice_defect_rate', 'refund_rate'];
    // Big enough (800,000 rows) that the import is still running when the cancel click lands.
    for (let d = 0; d < 50_000; d++) {
      const date = new Date(Date.UTC(1980, 0, 1 + d)).toISOString().slice(0, 10);
      for (const store of ['Lumora Amazon US', 'Lumora Amazon JP']) for (const metric of metrics) lines.push(`${store},amazon.${metric},${date},0.4%`);
    }
    // Reading and sending 35 MB keeps the page busy for seconds on a loaded machine.
    page.setDefaultTimeout(30_000);
    await page.reload();
    await historyRow('lumora-daily.csv').waitFor();
    const batches = await page.getByTestId('import-history').locator('tbody tr').count();
    // A file on disk: Chromium reads it directly instead of receiving 35 MB over the protocol.
    const bigFile = join(workDir, 'fifty-years-daily.csv');
    writeFileSync(bigFile, lines.join('\n'));
    await page.getByTestId('import-file-input').setInputFiles(bigFile);
    await page.getByTestId('import-file-name').waitFor();
    await page.getByTestId('import-preview-button').click();
    await expect.poll(() => page.getByTestId('preview-records').textContent(), { timeout: 30_000 }).toBe('800,000');
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-progress').waitFor();
    await page.getByTestId('import-cancel').click();
    await expect.poll(() => page.getByText('The import was cancelled; nothing was written.').isVisible(), { timeout: 30_000 }).toBe(true);
    await screenshot('10-cancelled');
    page.setDefaultTimeout(8_000);
    expect(await page.getByTestId('import-history').locator('tbody tr').count()).toBe(batches);
  }, 90_000);

  it('logged no error in the browser console', () => {
    expect(browserErrors).toEqual([]);
  });
});
