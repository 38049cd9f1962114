import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type BrowserSession, type Server } from './support/browser-host';

describe('alert settings in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-settings-e2e-'));
  const shotsDir = join(screenshotsDir(), 'settings');
  const db = join(workDir, 'demo.sqlite');
  let server: Server | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    runCliSync('demo', '--db', db, '--clients', '2', '--stores', '4', '--days', '20');
    server = await startServer(db);
    session = await openBrowser('zh-CN');
  });

  afterAll(async () => {
    await session?.browser.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('refuses 0 days under the field and saves 7 days for the workspace', async () => {
    const { page } = session!;
    await page.goto(server!.url);
    await page.getByTestId('nav-settings').click();
    const days = page.getByTestId('settings-alerts-input');
    await expect.poll(() => days.inputValue()).toBe('14');
    await days.fill('0');
    await page.getByTestId('settings-alerts-save').click();
    await expect.poll(() => page.getByText('请输入 1 到 90 之间的天数。').isVisible()).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'zh-CN-alert-days-error.png'), fullPage: true });
    await days.fill('7');
    await page.getByTestId('settings-alerts-save').click();
    await expect.poll(() => page.getByText('预警设置已保存，所有店铺已重新评估。').isVisible()).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'zh-CN-alert-days-saved.png'), fullPage: true });
    expect(session!.errors).toEqual([]);
  });

  it('shows the import size limit at its 64 MB default, refuses more and saves a lower one', async () => {
    const { page } = session!;
    const limit = page.getByTestId('settings-imports-input');
    await expect.poll(() => limit.inputValue()).toBe('64');
    await limit.fill('65');
    await page.getByTestId('settings-imports-save').click();
    await expect.poll(() => page.getByText('请输入 1 到 64 之间的大小（MB）。').isVisible()).toBe(true);
    await page.getByTestId('settings-imports').screenshot({ path: join(shotsDir, 'zh-CN-import-limit-error.png') });
    await limit.fill('10');
    await page.getByTestId('settings-imports-save').click();
    await expect.poll(() => page.getByText('导入设置已保存。').isVisible()).toBe(true);
    expect(session!.errors).toEqual([]);
  });
});
