import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '@shared/api/alert-schemas';
import { seriousAxeViolations, settleTransitions } from './support/axe-violations';
import { assertBuilt, choose, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type BrowserSession, type Server } from './support/browser-host';

/** What a manager reads at a glance: the raw keys i18next shows when a translation is missing. */
const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/;

describe('the alerts inbox in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-alerts-e2e-'));
  const shotsDir = join(screenshotsDir(), 'alerts');
  const db = join(workDir, 'demo.sqlite');
  let server: Server | undefined;
  let session: BrowserSession | undefined;
  let page: Page;
  let origin = '';
  /** The open alerts as the CLI lists them (most severe, then oldest first), before any change. */
  let initial: Alert[] = [];

  const openAlertsNow = () => JSON.parse(runCliSync('alerts', '--db', db, '--json')) as Alert[];
  /** Full page for lists; the viewport when a drawer or dialog is open, as that is what the user sees. */
  const screenshot = async (name: string, fullPage = true) => {
    await settleTransitions(page);
    await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage });
  };
  const row = (id: number) => page.locator(`[data-testid="alert-row"][data-alert="${id}"]`);
  const rowIds = async () => (await page.getByTestId('alert-row').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-alert')))));
  const drawer = () => page.getByTestId('alert-drawer');

  const gotoAlerts = async (query = '') => {
    await page.goto(`${origin}/#/alerts${query ? `?${query}` : ''}`);
    await page.getByTestId('nav-alerts').waitFor();
    await page.waitForLoadState('networkidle');
  };
  const openDrawer = async (id: number) => {
    await row(id).getByTestId('alert-open').click();
    await drawer().getByTestId('alert-facts').waitFor();
  };
  const closeDrawer = async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('alert=');
    // The drawer unmounts its content once it has slid out and its overlay no longer takes clicks.
    await page.getByTestId('alert-facts').waitFor({ state: 'detached' });
  };
  /** axe judges the page at rest: a row under the pointer wears its hover shade. */
  const axeAtRest = async () => {
    await page.mouse.move(0, 0);
    return seriousAxeViolations(page);
  };

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    // Data up to today: the inbox holds breaches, watch levels and projections, not a wall of stale data.
    runCliSync('demo', '--db', db, '--clients', '6', '--stores', '18', '--days', '30');
    initial = openAlertsNow();
    server = await startServer(db);
    session = await openBrowser('en-US');
    page = session.page;
    origin = new URL(server.url).origin;
    await page.goto(server.url);
  });

  afterAll(async () => {
    await session?.browser.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('lists the open alerts most severe and longest waiting first, as the backend orders them', async () => {
    expect(initial.length).toBeGreaterThan(4);
    await gotoAlerts();
    await expect.poll(rowIds).toEqual(initial.map((alert) => alert.id).slice(0, 50));
    await expect.poll(() => page.getByTestId('alerts-count').textContent()).toBe(`${initial.length} alerts`);
    const first = row(initial[0]!.id);
    expect(await first.getByText('Critical').count()).toBe(1);
    expect(await first.getByTestId('alert-state').getAttribute('data-state')).toBe('open');
    await screenshot('en-US-01-inbox');
  });

  it('acknowledges an alert from its drawer, and the drawer, the list and the history say so', async () => {
    const alert = initial[0]!;
    await openDrawer(alert.id);
    await drawer().getByTestId('alert-acknowledge').click();
    await expect.poll(() => drawer().getByTestId('alert-state').getAttribute('data-state')).toBe('acknowledged');
    await drawer().locator('[data-action="acknowledged"]').waitFor();
    await screenshot('en-US-02-drawer-acknowledged', false);
    await closeDrawer();
    await expect.poll(() => row(alert.id).getByTestId('alert-state').getAttribute('data-state')).toBe('acknowledged');
  });

  it('adds a comment to the history of an alert', async () => {
    const alert = initial[0]!;
    await openDrawer(alert.id);
    await drawer().getByTestId('comment-input').fill('Called the carrier; a fix is expected on Friday.');
    await drawer().getByTestId('comment-submit').click();
    await expect.poll(() => drawer().getByTestId('alert-history-note').first().textContent()).toBe('Called the carrier; a fix is expected on Friday.');
    await expect.poll(() => drawer().getByTestId('comment-input').inputValue()).toBe('');
    await closeDrawer();
  });

  it('links the alert to its store on the metric, up to the day the alert fired', async () => {
    const alert = initial[0]!;
    await openDrawer(alert.id);
    const href = await drawer().getByTestId('alert-open-store').getAttribute('href');
    expect(href).toBe(`#/stores/${alert.storeId}?metric=${encodeURIComponent(alert.metricKey)}&date=${alert.dataDate}`);
    await closeDrawer();
  });

  it('snoozes an alert until a day after today: it leaves the open list and comes back with the snoozed ones shown', async () => {
    const alert = initial[1]!;
    await openDrawer(alert.id);
    await drawer().getByTestId('alert-tab-snooze').click();
    await drawer().getByTestId('snooze-until').click();
    // Any day of next month is after today, whatever day the test runs.
    await page.locator('[data-dates-dropdown] button[data-direction="next"]').click();
    await page.locator('[data-dates-dropdown] button.mantine-DatePickerInput-day:not([data-outside])', { hasText: /^15$/ }).click();
    await drawer().getByTestId('snooze-note').fill('Waiting for the supplier');
    await drawer().getByTestId('snooze-submit').click();
    await expect.poll(() => drawer().getByTestId('alert-state').getAttribute('data-state')).toBe('snoozed');
    await screenshot('en-US-03-drawer-snoozed', false);
    await closeDrawer();
    await expect.poll(() => row(alert.id).count()).toBe(0);
    // A click, not check(): the switch follows the URL, which the router updates a moment later.
    await page.getByTestId('alert-filter-snoozed').click();
    await expect.poll(() => page.url()).toContain('snoozed=1');
    await expect.poll(() => row(alert.id).getByTestId('alert-state').textContent()).toMatch(/^Snoozed until /);
    await page.getByTestId('alert-filter-snoozed').click();
    await expect.poll(() => page.url()).not.toContain('snoozed=1');
  });

  it('resolves an alert after confirming: it leaves the open list and is among the resolved', async () => {
    const alert = initial[2]!;
    await openDrawer(alert.id);
    await drawer().getByTestId('alert-resolve').click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => drawer().getByTestId('alert-state').getAttribute('data-state')).toBe('resolved');
    await closeDrawer();
    await expect.poll(() => row(alert.id).count()).toBe(0);
    await page.getByTestId('alert-filter-status').getByText('Resolved').click();
    await expect.poll(() => page.url()).toContain('status=resolved');
    await expect.poll(() => row(alert.id).getByTestId('alert-state').getAttribute('data-state')).toBe('resolved');
  });

  it('narrows the list by kind, and the filter lives in the URL so a link opens the same view', async () => {
    await gotoAlerts();
    await choose(page, 'alert-filter-kind', 'Projected breach');
    await expect.poll(() => page.url()).toContain('kind=projected_breach');
    const projected = openAlertsNow().filter((alert) => alert.kind === 'projected_breach');
    expect(projected.length).toBeGreaterThan(0);
    await expect.poll(rowIds).toEqual(projected.map((alert) => alert.id));
    await gotoAlerts('kind=watch');
    const watching = openAlertsNow().filter((alert) => alert.kind === 'watch');
    await expect.poll(rowIds).toEqual(watching.map((alert) => alert.id));
  });

  it('has no serious or critical accessibility violation, in the list and in the drawer', async () => {
    await gotoAlerts();
    await page.getByTestId('alert-row').first().waitFor();
    expect(await axeAtRest()).toEqual([]);
    await page.getByTestId('alert-open').first().click();
    await drawer().getByTestId('alert-history').waitFor();
    expect(await axeAtRest()).toEqual([]);
    await closeDrawer();
  });

  it('acknowledges two alerts at once from the bulk action bar', async () => {
    await gotoAlerts();
    const targets = openAlertsNow().filter((alert) => alert.status === 'open').slice(0, 2);
    for (const alert of targets) await row(alert.id).getByTestId('alert-select').check();
    await expect.poll(() => page.getByTestId('alerts-selected-count').textContent()).toBe('2 selected');
    await screenshot('en-US-04-bulk-bar');
    await page.getByTestId('bulk-acknowledge').click();
    for (const alert of targets) {
      await expect.poll(() => row(alert.id).getByTestId('alert-state').getAttribute('data-state')).toBe('acknowledged');
    }
    await expect.poll(() => page.getByTestId('alerts-bulk-bar').count()).toBe(0);
  });

  it('narrows to one severity from the URL, and the navigation counts the open critical alerts', async () => {
    await gotoAlerts('severity=warning');
    const warnings = openAlertsNow().filter((alert) => alert.severity === 'warning');
    await expect.poll(rowIds).toEqual(warnings.map((alert) => alert.id));
    const critical = openAlertsNow().filter((alert) => alert.severity === 'critical').length;
    await expect.poll(() => page.getByTestId('nav-alerts-badge').textContent()).toBe(`${critical}${critical} open critical alert${critical === 1 ? '' : 's'}`);
  });

  it('assigns two alerts at once, and the assignee filter finds them', async () => {
    await gotoAlerts();
    const targets = openAlertsNow().slice(0, 2);
    for (const alert of targets) await row(alert.id).getByTestId('alert-select').check();
    await page.getByTestId('bulk-assign').click();
    await page.getByTestId('bulk-assign-form').getByTestId('assignee-input').fill('Wang Fang');
    await page.getByTestId('bulk-assign-form').getByTestId('assign-submit').click();
    for (const alert of targets) await expect.poll(() => row(alert.id).getByText('Wang Fang').count()).toBe(1);
    await gotoAlerts('assignee=Wang%20Fang');
    await expect.poll(rowIds).toEqual(targets.map((alert) => alert.id));
  });

  it('snoozes two alerts at once until a day after today, and both leave the open list', async () => {
    await gotoAlerts();
    const targets = openAlertsNow().slice(-2);
    for (const alert of targets) await row(alert.id).getByTestId('alert-select').check();
    await page.getByTestId('bulk-snooze').click();
    const form = page.getByTestId('bulk-snooze-form');
    await form.getByTestId('snooze-until').click();
    await page.locator('[data-dates-dropdown] button[data-direction="next"]').click();
    await page.locator('[data-dates-dropdown] button.mantine-DatePickerInput-day:not([data-outside])', { hasText: /^20$/ }).click();
    await form.getByTestId('snooze-submit').click();
    for (const alert of targets) await expect.poll(() => row(alert.id).count()).toBe(0);
  });

  it('refuses a bulk action on a resolved alert, naming it, and changes none of the selected alerts', async () => {
    const resolved = initial[2]!;
    const open = openAlertsNow().find((alert) => alert.status === 'open')!;
    await gotoAlerts('status=all');
    await row(resolved.id).getByTestId('alert-select').check();
    await row(open.id).getByTestId('alert-select').check();
    await page.getByTestId('bulk-acknowledge').click();
    const error = page.getByTestId('bulk-error');
    await expect.poll(() => error.textContent()).toContain('is already resolved');
    expect(await error.textContent()).toContain(resolved.storeName);
    expect(await row(open.id).getByTestId('alert-state').getAttribute('data-state')).toBe('open');
    await screenshot('en-US-05-bulk-refused');
    await page.getByTestId('alerts-clear-selection').click();
  });

  it('reads in Chinese, with no untranslated key', async () => {
    await page.evaluate(`localStorage.setItem('storefleet.language', 'zh-CN')`);
    await gotoAlerts();
    await page.reload();
    await page.getByTestId('alert-row').first().waitFor();
    const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim());
    expect(lines.filter((line) => RAW_KEY.test(line))).toEqual([]);
    await expect.poll(() => page.getByTestId('alerts-count').textContent()).toMatch(/^共 \d+ 条预警$/);
    await screenshot('zh-CN-01-inbox');
    await page.getByTestId('alert-select').first().check();
    await page.getByTestId('alert-select').nth(1).check();
    await screenshot('zh-CN-02-bulk-bar');
    await page.getByTestId('bulk-snooze').click();
    await page.getByTestId('bulk-snooze-form').waitFor();
    await screenshot('zh-CN-03-bulk-snooze', false);
    await page.keyboard.press('Escape');
    await page.getByTestId('alerts-clear-selection').click();
    await page.getByTestId('alert-open').first().click();
    await drawer().getByTestId('alert-history').waitFor();
    await drawer().getByTestId('alert-tab-snooze').click();
    await screenshot('zh-CN-04-drawer', false);
    await closeDrawer();
    await page.evaluate(`localStorage.setItem('storefleet.language', 'en-US')`);
  });

  it('logged no console error on the way', () => {
    expect(session!.errors).toEqual([]);
  });
});
