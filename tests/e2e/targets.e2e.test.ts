import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, choose, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type Server } from './support/browser-host';

describe('Targets & thresholds in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-targets-e2e-'));
  const shotsDir = join(screenshotsDir(), 'targets');
  let browserErrors: string[] = [];
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let drawer: Locator;

  const screenshot = (name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`) });

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    const db = join(workDir, 'demo.sqlite');
    runCliSync('demo', '--db', db, '--clients', '3', '--stores', '6', '--days', '30');
    server = await startServer(db);
    ({ browser, page, errors: browserErrors } = await openBrowser('en-US'));
    drawer = page.getByTestId('targets-drawer');
    await page.goto(server.url);
    await page.getByTestId('nav-clientsStores').click();
    await page.getByTestId('tab-stores').click();
    await page.getByTestId('stores-table').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  const appliedRow = (metricKey: string) => drawer.getByTestId('applied-thresholds').locator(`tr[data-metric="${metricKey}"]`);

  it("lists the thresholds an Amazon store is judged by, with each one's origin", async () => {
    const amazonStore = page.getByTestId('stores-table').locator('tbody tr', { hasText: 'Amazon' }).first();
    await amazonStore.getByTestId('row-targets').click();
    await drawer.getByTestId('applied-thresholds').waitFor();
    const lateShipment = appliedRow('amazon.late_shipment_rate');
    expect(await lateShipment.textContent()).toContain('Late shipment rate');
    expect(await lateShipment.getAttribute('data-origin')).not.toBe('override');
    await expect.poll(() => drawer.getByTestId('user-targets-empty').isVisible()).toBe(true);
    await screenshot('01-store-drawer');
  });

  it('shows the inline error when the watch level is worse than the breach level', async () => {
    await choose(page, 'target-metric', 'Late shipment rate');
    await drawer.getByTestId('target-watch').fill('5');
    await drawer.getByTestId('target-breach').fill('4');
    await drawer.getByTestId('target-note').fill('Agreed with the client after the appeal of 3 March');
    await drawer.getByTestId('target-submit').click();
    const message = drawer.getByText('Lower is better here: set the watch level below the breach level.');
    await expect.poll(() => message.isVisible()).toBe(true);
    await drawer.getByTestId('target-form').scrollIntoViewIfNeeded();
    await screenshot('02-order-error');
  });

  it('says a rate above 100% is no rate', async () => {
    await drawer.getByTestId('target-watch').fill('');
    await drawer.getByTestId('target-breach').fill('150');
    await drawer.getByTestId('target-submit').click();
    await expect.poll(() => drawer.getByText('Rates must be between 0% and 100%.').isVisible()).toBe(true);
  });

  it('sets a store override in percent and sees it applied with origin "override"', async () => {
    // ACoS is judged by the catalog's agency default, which an override replaces outright.
    await choose(page, 'target-metric', 'Advertising cost of sales (ACoS)');
    await drawer.getByTestId('target-watch').fill('25');
    await drawer.getByTestId('target-breach').fill('35.5%');
    // From the start of the data, so every evaluated day is judged by it.
    await drawer.getByTestId('target-effective-from').fill('2020-01-01');
    await drawer.getByTestId('target-submit').click();
    const own = drawer.getByTestId('user-targets').locator('tr[data-metric="ads.acos"]');
    await expect.poll(() => own.count()).toBe(1);
    expect(await own.textContent()).toMatch(/25%.*35\.5%.*Jan 1, 2020/);
    const applied = appliedRow('ads.acos');
    await expect.poll(() => applied.getAttribute('data-origin')).toBe('override');
    expect(await applied.getByTestId('threshold-origin').textContent()).toBe('Override');
    expect(await applied.textContent()).toContain('35.5%');
    await screenshot('03-override-applied');
  });

  it('removes the override, and the metric falls back to its earlier rule', async () => {
    await drawer.getByTestId('user-targets').getByTestId('remove-target').click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => drawer.getByTestId('user-targets-empty').isVisible()).toBe(true);
    await expect.poll(() => appliedRow('ads.acos').getAttribute('data-origin')).toBe('catalog');
    await page.keyboard.press('Escape');
  });

  it('sets a contract target on a client and lists it', async () => {
    await page.getByTestId('tab-clients').click();
    await page.getByTestId('clients-table').locator('tbody tr').first().getByTestId('row-targets').click();
    await drawer.getByTestId('target-form').waitFor();
    await choose(page, 'target-metric', 'Order defect rate (seller-fulfilled)');
    await drawer.getByTestId('target-watch').fill('0.6');
    await drawer.getByTestId('target-breach').fill('0.8');
    await drawer.getByTestId('target-effective-from').fill('2020-01-01');
    await drawer.getByTestId('target-note').fill('Contract of 1 March 2026, KPI annex');
    await drawer.getByTestId('target-submit').click();
    const own = drawer.getByTestId('user-targets').locator('tr[data-metric="amazon.odr_mfn"]');
    await expect.poll(() => own.count()).toBe(1);
    expect(await own.textContent()).toMatch(/0\.6%.*0\.8%/);
    await screenshot('04-client-contract');
  });

  it('logged no error in the browser console', () => {
    expect(browserErrors).toEqual([]);
  });
});
