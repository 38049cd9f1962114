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
    const days = page.getByTestId('alert-projection-days');
    await expect.poll(() => days.inputValue()).toBe('14');
    await days.fill('0');
    await page.getByTestId('alert-settings-save').click();
    await expect.poll(() => page.getByText('请输入 1 到 90 之间的天数。').isVisible()).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'zh-CN-alert-days-error.png'), fullPage: true });
    await days.fill('7');
    await page.getByTestId('alert-settings-save').click();
    await expect.poll(() => page.getByText('预警设置已保存，所有店铺已重新评估。').isVisible()).toBe(true);
    await page.screenshot({ path: join(shotsDir, 'zh-CN-alert-days-saved.png'), fullPage: true });
    expect(session!.errors).toEqual([]);
  });
});
