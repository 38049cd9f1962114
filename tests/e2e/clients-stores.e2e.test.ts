import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, choose, openBrowser, screenshotsDir, startServer, stopServer, type Server } from './support/browser-host';

describe('Clients & Stores in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-e2e-'));
  const shotsDir = screenshotsDir();
  let browserErrors: string[] = [];
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;

  const screenshot = (name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`) });

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startServer(join(workDir, 'workspace.sqlite'));
    ({ browser, page, errors: browserErrors } = await openBrowser('en-US'));
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('offers the demo or an empty workspace on first launch and hides the access token', async () => {
    await page.goto(server?.url ?? '');
    await expect.poll(() => page.getByTestId('welcome-demo').isVisible()).toBe(true);
    expect(page.url()).not.toContain('token=');
    await screenshot('01-welcome');
    await page.getByTestId('welcome-empty').click();
    await page.getByTestId('nav-clientsStores').waitFor();
    await screenshot('02-overview');
  });

  it('refuses a client without a name and says so under the field', async () => {
    await page.getByTestId('nav-clientsStores').click();
    await page.getByTestId('new-client').click();
    await page.getByTestId('client-submit').click();
    await expect.poll(() => page.getByText('This field is required.').isVisible()).toBe(true);
    await screenshot('03-client-required');
  });

  it('creates a client through the form', async () => {
    await page.getByTestId('client-name').fill('Lumora Home');
    await page.getByLabel('Contact name', { exact: true }).fill('Zhou Xiaolin');
    await page.getByLabel('Contact e-mail').fill('zhou@lumora.example');
    await page.getByTestId('client-submit').click();
    const table = page.getByTestId('clients-table');
    await expect.poll(() => table.getByText('Lumora Home').isVisible()).toBe(true);
    await expect.poll(() => table.getByText('zhou@lumora.example').isVisible()).toBe(true);
    await screenshot('04-client-created');
  });

  it('creates an Amazon JP store whose currency and time zone follow the marketplace', async () => {
    await page.getByTestId('tab-stores').click();
    await page.getByTestId('new-store').click();
    await choose(page, 'store-client', 'Lumora Home');
    await page.getByTestId('store-display-name').fill('Lumora JP');
    await choose(page, 'store-marketplace', /\(JP\)/);
    await page.getByTestId('store-seller-id').fill('A1LUMORAJP');
    expect(await page.getByTestId('store-time-zone').inputValue()).toBe('Asia/Tokyo');
    expect(await page.getByTestId('store-currency').inputValue()).toMatch(/^JPY/);
    await page.getByTestId('store-submit').click();
    const table = page.getByTestId('stores-table');
    await expect.poll(() => table.getByText('Lumora JP').isVisible()).toBe(true);
    await expect.poll(() => table.getByText('A1LUMORAJP').isVisible()).toBe(true);
    await screenshot('05-store-created');
  });

  it('names the store and client that already use a seller id', async () => {
    await page.getByTestId('new-store').click();
    await choose(page, 'store-client', 'Lumora Home');
    await page.getByTestId('store-display-name').fill('Lumora JP second account');
    await choose(page, 'store-marketplace', /\(JP\)/);
    await page.getByTestId('store-seller-id').fill('A1LUMORAJP');
    await page.getByTestId('store-submit').click();
    const message = page.getByText('Already used by store “Lumora JP” of client “Lumora Home”.');
    await expect.poll(() => message.isVisible()).toBe(true);
    await screenshot('06-store-duplicate');
    await page.keyboard.press('Escape');
  });

  it('switches the interface to Chinese from Settings', async () => {
    await page.getByTestId('nav-settings').click();
    await choose(page, 'language-select', '简体中文');
    await expect.poll(() => page.getByTestId('nav-clientsStores').textContent()).toBe('客户与店铺');
    await expect.poll(() => page.getByTestId('nav-overview').textContent()).toBe('概览');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await screenshot('07-settings-zh-CN');
    await page.getByTestId('nav-clientsStores').click();
    await page.getByTestId('tab-stores').click();
    await page.getByTestId('stores-table').waitFor();
    await screenshot('08-stores-zh-CN');
  });

  it('logged no error in the browser console', () => {
    expect(browserErrors).toEqual([]);
  });
});
