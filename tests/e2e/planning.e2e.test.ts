import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe-violations';
import { assertBuilt, choose, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type BrowserSession, type Server } from './support/browser-host';

const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/;
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const thisMonth = new Date().toISOString().slice(0, 7);

describe('KPI planning, end to end', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-planning-'));
  const shotsDir = join(screenshotsDir(), 'planning');
  const db = join(workDir, 'demo.sqlite');
  let server: Server | undefined;
  let session: BrowserSession | undefined;
  let origin = '';
  /** The demo's Amazon store healing from an ODR breach. */
  let recoveringStoreId = 0;

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    runCliSync('demo', '--db', db, '--clients', '4', '--stores', '10', '--days', '120', '--end', yesterday);
    const stores = JSON.parse(runCliSync('stores', 'list', '--db', db, '--json')) as { id: number; platform: string; marketplace: string }[];
    // The demo rewrites the ODR of its first Amazon US store (the lowest id) into a healing breach.
    recoveringStoreId = Math.min(...stores.filter((s) => s.platform === 'amazon' && s.marketplace === 'US').map((s) => s.id));
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

  it('applies a stage template to a store, giving each role’s targets to a person', async () => {
    const { page } = session!;
    await page.goto(`${origin}/#/planning/templates`);
    await page.getByTestId('templates-grid').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'en-US-templates.png'), fullPage: true });

    await page.locator('[data-template="builtin:tiktok_shop.growth"]').getByRole('button', { name: 'Apply to a store: TikTok Shop · Growth' }).click();
    // A cold-start shop trying the growth targets: none of them exist yet.
    await choose(page, 'apply-store', /Northpeak TikTok US/);
    await choose(page, 'apply-owner-ads', 'Zhao Min');
    await choose(page, 'apply-owner-content', 'Maria Lopez');
    await page.screenshot({ path: join(shotsDir, 'en-US-apply-template.png') });
    await page.getByTestId('apply-submit').click();

    const table = page.getByTestId('planning-targets-table');
    await table.waitFor();
    expect(page.url()).toContain(`period=${thisMonth}`);
    const roas = table.locator('tr[data-metric="ads.roas"]');
    expect(await roas.innerText()).toContain('Zhao Min');
    expect(await table.locator('tr[data-metric="funnel.ctr"]').innerText()).toContain('Maria Lopez');
    const toast = page.locator('.mantine-Notification-root');
    expect(await toast.innerText()).toMatch(/\d+ targets set, \d+ skipped/);
    // The toast fades as it leaves: judge the page's colours once it has gone.
    await toast.waitFor({ state: 'detached', timeout: 8_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'en-US-targets-store.png'), fullPage: true });

    await page.goto(`${origin}/#/planning/targets`);
    await page.getByTestId('planning-targets-table').waitFor();
    await page.screenshot({ path: join(shotsDir, 'en-US-targets-all.png'), fullPage: true });
  }, 60_000);

  it('edits the agency’s own template: a target’s value and weight', async () => {
    const { page } = session!;
    await page.goto(`${origin}/#/planning/templates`);
    const own = page.locator('[data-template^="custom:"]');
    await own.getByRole('button', { name: 'Edit: Amazon · mature (strict ODR)' }).click();
    const odr = 'Order defect rate (seller-fulfilled)';
    await page.getByLabel(`Target of ${odr}`).fill('0.4');
    await page.getByLabel(`Weight of ${odr}`).fill('4');
    await page.screenshot({ path: join(shotsDir, 'en-US-edit-template.png') });
    await page.getByTestId('template-save').click();
    await expect.poll(() => own.innerText()).toMatch(/Order defect rate \(seller-fulfilled\)\s+0\.4%[\s\S]*weight 4/);
  }, 60_000);

  it('reads a scorecard: weighted scores per person, process apart from result, and the targets behind them', async () => {
    const { page } = session!;
    await page.goto(`${origin}/#/planning/scorecards?period=${thisMonth}`);
    const people = page.getByTestId('scorecard-people');
    await people.waitFor();
    const zhao = people.locator('tr[data-scorecard="Zhao Min"]');
    expect(await zhao.innerText()).toMatch(/Ads[\s\S]*\d+%/);
    await zhao.getByRole('button', { name: 'Show the targets of Zhao Min' }).click();
    const behind = page.getByTestId('scorecard-targets');
    await behind.waitFor();
    expect(await behind.locator('tr[data-metric="ads.roas"]').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'en-US-scorecards.png'), fullPage: true });
  }, 60_000);

  it('renames a person, then archives them: their scores stay, their buttons go', async () => {
    const { page } = session!;
    await page.goto(`${origin}/#/planning/scorecards?period=${thisMonth}`);
    const people = page.getByTestId('scorecard-people');
    await people.locator('tr[data-scorecard="Liu Yang"]').getByRole('button', { name: 'Edit Liu Yang' }).click();
    await page.getByTestId('person-name').fill('Liu Yang (content lead)');
    await page.getByTestId('person-save').click();
    const renamed = people.locator('tr[data-scorecard="Liu Yang (content lead)"]');
    await renamed.waitFor();
    expect(await renamed.innerText()).toContain('Content');
    await renamed.getByRole('button', { name: 'Archive Liu Yang (content lead)' }).click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => renamed.getByTestId('person-archive').count()).toBe(0);
    expect(await renamed.innerText()).toMatch(/\d+%/);
    expect(session!.errors).toEqual([]);
  }, 60_000);

  it('lists the demo experiments with their result, and shows the ODR recovery plan on the store page', async () => {
    const { page } = session!;
    await page.goto(`${origin}/#/planning/experiments`);
    await page.getByTestId('experiments-grid').waitFor();
    expect(await page.locator('[data-experiment]').count()).toBe(2);
    expect(await page.getByTestId('experiments-grid').innerText()).toMatch(/Significant|Not significant|Too few counts/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'en-US-experiments.png'), fullPage: true });

    await page.goto(`${origin}/#/stores/${recoveringStoreId}`);
    const section = page.getByTestId('store-recovery');
    await section.waitFor();
    await section.getByTestId('recovery-date').waitFor();
    expect(await section.getByTestId('recovery-date').innerText()).toMatch(/Back on the right side of 1% on .+ if no new defect occurs/);
    expect(await section.getByTestId('recovery-speedups').locator('tbody tr').count()).toBeGreaterThan(0);
    await section.screenshot({ path: join(shotsDir, 'en-US-store-recovery.png') });
    expect(session!.errors).toEqual([]);
  }, 60_000);

  it('reminds on the overview to review the quarter’s targets that are far off or beaten', async () => {
    const { page } = session!;
    await page.goto(`${origin}/#/overview`);
    const reminder = page.getByTestId('overview-target-review');
    await reminder.waitFor();
    expect(await reminder.innerText()).toMatch(/Quarterly target review \d{4}-Q[1-4][\s\S]*\d+ far off their pace, \d+ already beaten/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await reminder.screenshot({ path: join(shotsDir, 'en-US-overview-reminder.png') });
    await reminder.getByRole('link', { name: 'Review the targets' }).click();
    await page.getByTestId('target-review').waitFor();
  }, 60_000);

  it('shows every planning page and the recovery plan in Chinese with no raw keys', async () => {
    const { page } = session!;
    await page.evaluate(`localStorage.setItem('storefleet.language', 'zh-CN')`);
    for (const [name, url, ready] of [
      ['templates', `${origin}/#/planning/templates`, 'templates-grid'],
      ['targets-all', `${origin}/#/planning/targets`, 'planning-targets-table'],
      ['scorecards', `${origin}/#/planning/scorecards?period=${thisMonth}`, 'scorecard-people'],
      ['experiments', `${origin}/#/planning/experiments`, 'experiments-grid'],
      ['store-recovery', `${origin}/#/stores/${recoveringStoreId}`, 'recovery-date'],
    ] as const) {
      await page.goto(url);
      await page.reload();
      await page.getByTestId(ready).waitFor();
      const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim());
      expect(lines.filter((line) => RAW_KEY.test(line)), name).toEqual([]);
      if (name === 'store-recovery') await page.getByTestId('store-recovery').screenshot({ path: join(shotsDir, `zh-CN-${name}.png`) });
      else await page.screenshot({ path: join(shotsDir, `zh-CN-${name}.png`), fullPage: true });
    }
    expect(await page.getByTestId('store-recovery').innerText()).toContain('恢复计划');
    expect(session!.errors).toEqual([]);
  }, 90_000);
});
