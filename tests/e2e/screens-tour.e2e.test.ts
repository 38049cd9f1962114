import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type BrowserSession, type Server } from './support/browser-host';

const AREAS = [
  'overview', 'matrix', 'alerts', 'clients-stores', 'imports', 'poa', 'contracts', 'reviews',
  'planning/targets', 'planning/scorecards', 'planning/templates', 'planning/experiments', 'settings',
];
const LANGUAGES = ['en-US', 'zh-CN', 'ja-JP'] as const;
/** What an i18next key looks like when a translation is missing: "settings.about.title". */
const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/;

describe('every screen of the demo workspace, in every language', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-tour-'));
  const shotsDir = join(screenshotsDir(), 'tour');
  let server: Server | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    const db = join(workDir, 'demo.sqlite');
    runCliSync('demo', '--db', db, '--clients', '6', '--stores', '18', '--days', '30', '--end', '2026-11-19');
    server = await startServer(db);
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.browser.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  for (const language of LANGUAGES) {
    it(`shows each area in ${language} with no untranslated key and no console error`, async () => {
      const { page } = session!;
      await page.goto(server!.url);
      await page.evaluate(`localStorage.setItem('storefleet.language', '${language}')`);
      await page.reload();
      const origin = new URL(server!.url).origin;
      for (const area of AREAS) {
        await page.goto(`${origin}/#/${area}`);
        await page.getByTestId('nav-overview').waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim());
        expect(lines.filter((line) => RAW_KEY.test(line)), `${language} ${area}`).toEqual([]);
        await page.screenshot({ path: join(shotsDir, `${language}-${area.replace('/', '-')}.png`) });
      }
      expect(session!.errors).toEqual([]);
    }, 120_000);
  }
});
