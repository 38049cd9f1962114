import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type BrowserSession, type Server } from './support/browser-host';

describe('Settings → Backups in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-backups-e2e-'));
  const shotsDir = join(screenshotsDir(), 'backups');
  const db = join(workDir, 'demo.sqlite');
  let server: Server | undefined;
  const sessions: BrowserSession[] = [];

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    runCliSync('demo', '--db', db, '--clients', '2', '--stores', '4', '--days', '20');
    server = await startServer(db);
  });

  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.browser.close()));
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('backs up now, then restores that backup after confirmation (en-US)', async () => {
    const session = await openBrowser('en-US');
    sessions.push(session);
    const { page } = session;
    await page.goto(server!.url);
    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('settings-backups');
    await expect.poll(() => section.getByTestId('backups-empty').isVisible()).toBe(true);
    await section.getByTestId('backup-now').click();
    await expect.poll(() => page.getByText('Backup written and checked.').isVisible()).toBe(true);
    await expect.poll(() => section.getByTestId('backups-table').locator('tbody tr').count()).toBe(1);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, 'en-US-backups.png'), fullPage: true });

    await section.getByRole('button', { name: /^Restore the backup of/ }).click();
    await expect.poll(() => page.getByText('Restore this backup?').isVisible()).toBe(true);
    // Let the modal finish fading in before the picture.
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(shotsDir, 'en-US-restore-confirm.png') });
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => page.getByText(/^Restored the backup of/).isVisible()).toBe(true);
    await expect.poll(() => section.getByTestId('backups-table').locator('tbody tr').count()).toBe(2);
    await expect.poll(() => section.getByText('Before restore').isVisible()).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('refuses a relative backup folder under the field (zh-CN)', async () => {
    const session = await openBrowser('zh-CN');
    sessions.push(session);
    const { page } = session;
    await page.goto(server!.url);
    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('settings-backups');
    await section.getByTestId('backup-folder').fill('relative/folder');
    await section.getByTestId('backup-folder-save').click();
    await expect.poll(() => section.getByText('请填写文件夹的完整路径', { exact: false }).isVisible()).toBe(true);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shotsDir, 'zh-CN-backups.png'), fullPage: true });
    expect(session.errors).toEqual([]);
  });
});
