import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMAZON_SECRETS, startFakeAmazon, type FakeAmazon } from '../helpers/fake-apis/fake-amazon';
import { hasSecretService } from '../main/core/credentials/keychain-support';
import { seriousAxeViolations } from './support/axe-violations';
import { assertBuilt, choose, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type BrowserSession, type Server } from './support/browser-host';

// The browser host keeps secrets in the OS keychain: run under `sh scripts/with-keychain.sh`
// (npm test does), which gives this process and the host it spawns a throw-away gnome-keyring.
describe.skipIf(!hasSecretService)('Settings → Connections in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-connections-e2e-'));
  const shotsDir = join(screenshotsDir(), 'connections');
  const db = join(workDir, 'w.sqlite');
  const fixtures = join(__dirname, '../fixtures/imports');
  let server: Server | undefined;
  let fake: FakeAmazon | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    runCliSync('clients', 'add', '--db', db, '--name', 'Lumora', '--language', 'zh-CN', '--currency', 'CNY');
    for (const market of ['US', 'JP']) {
      runCliSync('stores', 'add', '--db', db, '--client', '1', '--name', `Lumora ${market}`, '--platform', 'amazon', '--marketplace', market, '--seller-id', 'A1LUMORA');
    }
    runCliSync('stores', 'add', '--db', db, '--client', '1', '--name', 'Lumora TikTok', '--platform', 'tiktok_shop', '--marketplace', 'US', '--seller-id', 'USLC01');
    fake = await startFakeAmazon({
      statuses: { GET_V2_SELLER_PERFORMANCE_REPORT: ['IN_QUEUE', 'DONE'] },
      documents: {
        GET_V2_SELLER_PERFORMANCE_REPORT: readFileSync(join(fixtures, 'seller-performance-us-jp.json')),
        GET_SALES_AND_TRAFFIC_REPORT: readFileSync(join(fixtures, 'sales-traffic-us.json')),
      },
    });
    server = await startServer(db);
  });

  afterAll(async () => {
    await session?.browser.close();
    await stopServer(server);
    await fake?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  /** Pictures of the section, without the notifications over its right half or the sticky header over its top. */
  async function shoot(page: Page, name: string): Promise<void> {
    const hide = await page.addStyleTag({ content: '.mantine-Notifications-root, .mantine-AppShell-header { visibility: hidden !important; }' });
    await page.getByTestId('settings-connections').screenshot({ path: join(shotsDir, `${name}.png`) });
    await hide.evaluate((style) => style.remove());
  }

  async function openConnections(page: Page, store: RegExp): Promise<void> {
    await page.goto(server!.url);
    // The workspace was made with the CLI: the first browser meets the welcome choice once.
    const welcome = page.getByTestId('welcome-empty');
    await welcome.or(page.getByTestId('nav-settings')).first().waitFor();
    if (await welcome.isVisible()) await welcome.click();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-connections').scrollIntoViewIfNeeded();
    await choose(page, 'connection-store', store);
  }

  it('stores secrets without showing them back, tests the connection and syncs now (en-US)', async () => {
    session = await openBrowser('en-US');
    const { page } = session;
    await openConnections(page, /Lumora US/);
    await shoot(page, 'en-US-connections-empty');
    for (const [name, secret] of Object.entries(AMAZON_SECRETS)) {
      await page.getByTestId(`set-${name}`).click();
      await page.getByTestId('secret-input').fill(secret);
      await page.getByTestId('secret-save').click();
      await expect.poll(() => page.getByTestId('secret-input').count()).toBe(0);
    }
    await expect.poll(() => page.getByText('Stored', { exact: true }).count()).toBe(3);
    await page.getByTestId('endpoint-input').fill(fake!.url);
    await page.getByTestId('options-save').click();
    await expect.poll(() => page.getByText('Schedule saved').isVisible()).toBe(true);
    await page.getByTestId('test-connection').click();
    await expect.poll(() => page.getByTestId('test-result').textContent()).toMatch(/Works: Amazon accepted the credentials/);
    await page.getByTestId('sync-now').click();
    await expect.poll(() => page.getByTestId('sync-status').textContent(), { timeout: 15_000 }).toMatch(/Up to date/);
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toMatch(/records in 2 new batches/);
    await shoot(page, 'en-US-connections-synced');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const html = await page.content();
    for (const secret of Object.values(AMAZON_SECRETS)) expect(html).not.toContain(secret);
    // The store's own page shows the same status beside its import history.
    await page.goto(`${new URL(server!.url).origin}/#/stores/1`);
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toMatch(/Up to date/);
    expect(session.errors).toEqual([]);
    await session.browser.close();
    session = undefined;
  });

  it('says in plain words why a sync failed and when it runs next (zh-CN)', async () => {
    session = await openBrowser('zh-CN');
    const { page } = session;
    await openConnections(page, /Lumora US/);
    await page.getByTestId('endpoint-input').fill('http://127.0.0.1:9');
    await page.getByTestId('options-save').click();
    await page.getByTestId('sync-now').click();
    await expect.poll(() => page.getByTestId('sync-error').textContent(), { timeout: 15_000 }).toMatch(/无法连接平台/);
    await shoot(page, 'zh-CN-connections-offline');
    await choose(page, 'connection-store', /Lumora TikTok/);
    await expect.poll(() => page.getByText('店铺绩效分、履约指标和账户健康分接口不提供').isVisible()).toBe(true);
    await shoot(page, 'zh-CN-connections-tiktok');
    expect(session.errors).toEqual([]);
  });
});
