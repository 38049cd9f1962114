import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe-violations';
import { assertBuilt, choose, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type BrowserSession, type Server } from './support/browser-host';

const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/;
const today = new Date().toISOString().slice(0, 10);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('contracts and the SLA clock, end to end', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-contracts-'));
  const shotsDir = join(screenshotsDir(), 'contracts');
  const db = join(workDir, 'demo.sqlite');
  let server: Server | undefined;
  let session: BrowserSession | undefined;
  let origin = '';
  let contractUrl = '';

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    runCliSync('demo', '--db', db, '--clients', '4', '--stores', '8', '--days', '30', '--end', yesterday);
    server = await startServer(db);
    session = await openBrowser();
    origin = new URL(server.url).origin;
    await session.page.goto(server.url);
  });

  afterAll(async () => {
    await session?.browser.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('creates a contract with SLA terms and a KPI target for a demo client without one', async () => {
    const { page } = session!;
    await page.goto(`${origin}/#/contracts`);
    await page.getByTestId('contracts-table').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'en-US-list.png') });

    await page.getByTestId('new-contract').click();
    await choose(page, 'contract-client', /Yunshan/);
    await page.getByTestId('contract-name').fill('Yunshan care 2026');
    await page.getByTestId('contract-stores').click();
    await page.getByRole('option', { name: 'Yunshan TikTok US' }).click();
    await page.getByTestId('contract-base-fee').fill('1500');
    await page.getByTestId('contract-commission').fill('2.5');
    await page.getByLabel('Acknowledge alert', { exact: true }).check();
    await page.getByTestId('add-fee-clause').click();
    await choose(page, 'clause-1-metric', 'Negative review rate');
    await page.getByTestId('clause-1-threshold').fill('5');
    await page.screenshot({ path: join(shotsDir, 'en-US-editor.png') });
    await page.getByTestId('contract-save').click();

    await page.getByRole('link', { name: 'Yunshan care 2026' }).click();
    await page.getByTestId('contract-terms').waitFor();
    contractUrl = page.url();
    expect(await page.getByTestId('contract-terms').innerText()).toContain('$1,500.00');

    await page.getByTestId('add-target').click();
    await choose(page, 'target-metric', 'Negative review rate');
    await page.getByTestId('target-value').fill('0.05');
    await page.getByTestId('target-save').click();
    await page.getByTestId('targets-table').waitFor();
    expect(await page.getByTestId('targets-table').innerText()).toContain('0.05%');
  }, 60_000);

  it('opens an SLA item when a breach alert opens for a covered store, and meets it when the alert is acknowledged', async () => {
    const { page } = session!;
    const csv = join(workDir, 'breach.csv');
    writeFileSync(csv, ['store,metric,date,value', `Yunshan TikTok US,tiktok.negative_review_rate,${today},3%`].join('\n'));
    runCliSync('import', '--db', db, '--mapping', 'storefleet-long', csv);

    // The CLI wrote behind the server's back: load the page afresh.
    await page.goto(contractUrl);
    await page.reload();
    const item = page.getByTestId('contract-sla-items').locator('tr[data-sla-item]');
    await item.first().waitFor();
    expect(await item.first().innerText()).toContain('Acknowledge alert');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'en-US-contract-open-item.png'), fullPage: true });

    await page.goto(`${origin}/#/alerts`);
    const row = page.getByTestId('alert-row').filter({ hasText: 'Yunshan TikTok US' }).filter({ hasText: 'Negative review rate' });
    await row.getByTestId('alert-open').click();
    await page.getByTestId('alert-acknowledge').click();
    await page.getByTestId('alert-acknowledge').waitFor({ state: 'detached' });

    await page.goto(contractUrl);
    await page.getByTestId('compliance').waitFor();
    await expect.poll(() => page.getByTestId('compliance-met').innerText()).toBe('1');
    expect(await page.getByTestId('compliance-rate').innerText()).toBe('100 %');
    expect(await page.getByTestId('compliance-items').locator('tr[data-status="met"]').count()).toBe(1);
    // 3 % negative reviews is further from the 0.05 % target than the baseline was.
    expect(await page.getByTestId('targets-table').innerText()).toContain('Worse than baseline');
    // Negative reviews at 3 % are within the clause's 5 %: the bonus applies.
    expect(await page.getByTestId('fee-lines').innerText()).toContain('KPI bonus');

    await page.getByTestId('target-chart-toggle').first().click();
    await page.locator('[data-testid="target-chart"][data-rendered="true"]').waitFor();
    await page.screenshot({ path: join(shotsDir, 'en-US-contract-met.png'), fullPage: true });

    await page.getByTestId('compliance-items').getByTestId('sla-history-open').first().click();
    const history = page.locator('.mantine-Timeline-root');
    await history.waitFor();
    await expect.poll(() => page.locator('[data-action]').evaluateAll((steps) => steps.map((step) => step.getAttribute('data-action')))).toEqual(['opened', 'met']);
    expect(await history.innerText()).toContain('Met on time');
    // The drawer slides in: wait until it sits fully on screen before the picture.
    await expect.poll(async () => ((await history.boundingBox())?.x ?? Infinity) + ((await history.boundingBox())?.width ?? 0) <= page.viewportSize()!.width).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'en-US-sla-history.png') });
    await page.keyboard.press('Escape');
  }, 60_000);

  it('shows the SLA board and the contract page in Chinese with no raw keys', async () => {
    const { page } = session!;
    await page.evaluate(`localStorage.setItem('storefleet.language', 'zh-CN')`);
    for (const [name, url] of [
      ['contract', contractUrl],
      ['list', `${origin}/#/contracts`],
      ['sla-board', `${origin}/#/contracts?tab=sla`],
    ] as const) {
      await page.goto(url);
      await page.reload();
      await page.waitForLoadState('networkidle');
      if (name === 'contract') {
        await page.getByTestId('target-chart-toggle').first().click();
        await page.locator('[data-testid="target-chart"][data-rendered="true"]').waitFor();
      }
      const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim());
      expect(lines.filter((line) => RAW_KEY.test(line)), name).toEqual([]);
      await page.screenshot({ path: join(shotsDir, `zh-CN-${name}.png`), fullPage: true });
    }
    expect(await page.getByTestId('sla-board').innerText()).toContain('本月已达成');
    expect(session!.errors).toEqual([]);
  }, 60_000);

  it('keeps a monthly exchange rate in Settings, and the overview tile names the promise in Chinese', async () => {
    const { page } = session!;
    await page.goto(`${origin}/#/settings`);
    const section = page.getByTestId('settings-fx');
    await section.getByTestId('fx-rate').fill('151.3');
    await section.getByRole('button', { name: '保存汇率' }).click();
    await expect.poll(() => section.getByTestId('fx-rates').innerText()).toContain('151.3');
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, 'zh-CN-settings-fx.png') });
    await section.getByRole('button', { name: `删除 ${today.slice(0, 7)} 的汇率 USD → JPY` }).click();
    await expect.poll(() => section.innerText()).not.toContain('151.3');

    await page.goto(`${origin}/#/overview`);
    const tile = page.getByTestId('overview-sla');
    await tile.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, 'zh-CN-overview-sla.png') });
    expect(session!.errors).toEqual([]);
  }, 60_000);
});
