import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations, settleTransitions } from './support/axe-violations';
import { assertBuilt, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type BrowserSession, type Server } from './support/browser-host';

const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/;
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('monthly client reviews, end to end', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-reviews-'));
  const shotsDir = join(screenshotsDir(), 'reviews');
  const db = join(workDir, 'demo.sqlite');
  let server: Server | undefined;
  let session: BrowserSession | undefined;
  let origin = '';

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    runCliSync('demo', '--db', db, '--clients', '3', '--stores', '6', '--days', '75', '--end', yesterday);
    server = await startServer(db);
    session = await openBrowser();
    origin = new URL(server.url).origin;
    await session.page.goto(server.url);
  }, 60_000);

  afterAll(async () => {
    await session?.browser.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('sets the agency branding once in Settings', async () => {
    const { page } = session!;
    await page.goto(`${origin}/#/settings`);
    await page.getByTestId('white-label-name').fill('Bluewave Agency');
    await page.getByTestId('white-label-save').click();
    await page.getByText('Branding saved').waitFor();
    await page.getByTestId('settings-white-label').screenshot({ path: join(shotsDir, 'en-US-white-label.png') });
  });

  it('lists every client of last month as a draft, edits the summary, and takes a review from draft to sent', async () => {
    const { page } = session!;
    await page.goto(`${origin}/#/reviews`);
    const table = page.getByTestId('review-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await table.getByTestId('review-status-draft').count()).toBe(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'en-US-list.png') });

    await page.locator('[data-testid^="review-open-"]').first().click();
    const summary = page.getByTestId('review-summary');
    await summary.waitFor();
    // Drafted in the client's own language (the first demo client reads Japanese), whatever the UI's.
    expect(await summary.inputValue()).toMatch(/^Kitsune Outdoor：.*ストアを評価しました/);
    await settleTransitions(page);
    await page.screenshot({ path: join(shotsDir, 'en-US-editor.png') });
    await summary.fill('A calm month: every store stayed within its thresholds.');
    await page.getByTestId('review-save').click();
    await page.getByText('Review saved').waitFor();

    await page.getByTestId('review-mark-reviewed').click();
    await page.getByTestId('review-locked').waitFor();
    await page.getByTestId('review-mark-sent').click();
    await page.getByTestId('review-drawer').getByTestId('review-status-sent').waitFor();
    expect(await summary.getAttribute('readonly')).not.toBeNull();
  }, 60_000);

  it('previews the report and exports it as PDF, the hash in the history matching the file', async () => {
    const { page } = session!;
    await page.getByTestId('review-tab-preview').click();
    const preview = page.frameLocator('[data-testid="review-preview"]');
    await preview.getByText('Bluewave Agency').first().waitFor();
    await preview.getByText('A calm month').waitFor();
    await page.screenshot({ path: join(shotsDir, 'en-US-preview.png') });

    await page.getByTestId('review-tab-edit').click();
    const waiting = page.waitForEvent('download');
    await page.getByTestId('review-export-pdf').click();
    const download = await waiting;
    expect(download.suggestedFilename()).toMatch(/^review-.+-\d{4}-\d{2}\.pdf$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByTestId('review-tab-history').click();
    const history = page.getByTestId('review-history');
    await history.waitFor();
    const hash = createHash('sha256').update(bytes).digest('hex');
    expect(await history.locator('code').first().getAttribute('title')).toBe(hash);
    await page.screenshot({ path: join(shotsDir, 'en-US-history.png') });
  }, 60_000);

  it('exports every client into a folder and shows what it wrote', async () => {
    const { page } = session!;
    await page.keyboard.press('Escape');
    await page.getByTestId('review-drawer').waitFor({ state: 'hidden' });
    const folder = join(workDir, 'out');
    mkdirSync(folder);
    await page.getByTestId('review-batch-open').click();
    await page.getByTestId('review-batch-folder').fill(join(workDir, 'missing'));
    await page.getByTestId('review-batch-start').click();
    await expect.poll(() => page.getByTestId('review-batch-folder').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('review-batch-folder').fill(folder);
    await page.getByTestId('review-batch-start').click();
    const result = page.getByTestId('review-batch-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.innerText()).toContain('3 written, 0 failed');
    expect(readdirSync(folder).filter((name) => name.endsWith('.pdf'))).toHaveLength(3);
    await page.screenshot({ path: join(shotsDir, 'en-US-batch.png') });
    expect(session!.errors).toEqual([]);
  }, 90_000);

  it('reads in Chinese for a Chinese user, with no untranslated keys', async () => {
    const { page } = session!;
    await page.evaluate(`localStorage.setItem('storefleet.language', 'zh-CN')`);
    await page.goto(`${origin}/#/reviews`);
    await page.reload();
    const table = page.getByTestId('review-table');
    await table.waitFor();
    await expect.poll(() => table.innerText()).toContain('已发送');
    expect(await page.getByRole('button', { name: '批量导出全部客户' }).count()).toBe(1);
    await page.screenshot({ path: join(shotsDir, 'zh-CN-list.png') });
    await page.locator('[data-testid^="review-open-"]').nth(1).click();
    await page.getByTestId('review-summary').waitFor();
    await settleTransitions(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'zh-CN-editor.png') });
    const lines = (await page.locator('body').innerText()).split('\n');
    expect(lines.filter((line) => RAW_KEY.test(line.trim()))).toEqual([]);
    await page.getByTestId('review-tab-preview').click();
    await page.frameLocator('[data-testid="review-preview"]').locator('h1').waitFor();
    await page.screenshot({ path: join(shotsDir, 'zh-CN-preview.png') });
    await page.goto(`${origin}/#/settings`);
    await page.getByTestId('settings-white-label').screenshot({ path: join(shotsDir, 'zh-CN-white-label.png') });
    expect(session!.errors).toEqual([]);
  }, 60_000);
});
