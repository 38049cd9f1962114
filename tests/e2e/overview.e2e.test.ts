import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '@shared/api/alert-schemas';
import { METRIC_STATUSES, type MatrixRow } from '@shared/api/kpi-schemas';
import type { Overview } from '@shared/api/overview-schemas';
import { seriousAxeViolations, settleTransitions } from './support/axe-violations';
import { assertBuilt, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type BrowserSession, type Server } from './support/browser-host';

/** The raw keys i18next shows when a translation is missing. */
const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/;

describe('the overview in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-overview-e2e-'));
  const shotsDir = join(screenshotsDir(), 'overview');
  const db = join(workDir, 'demo.sqlite');
  let server: Server | undefined;
  let session: BrowserSession | undefined;
  let page: Page;
  let origin = '';
  let matrix: MatrixRow[] = [];
  let alerts: Alert[] = [];

  const screenshot = async (name: string) => {
    await settleTransitions(page);
    await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
  };
  const gotoOverview = async () => {
    await page.goto(`${origin}/#/overview`);
    await page.getByTestId('overview-stores-by-status').waitFor();
  };
  const cardValue = async (testId: string) => Number((await page.getByTestId(`${testId}-value`).textContent())?.replace(/\D/g, ''));

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    runCliSync('demo', '--db', db, '--clients', '6', '--stores', '18', '--days', '30');
    matrix = JSON.parse(runCliSync('matrix', '--db', db, '--json')) as MatrixRow[];
    alerts = JSON.parse(runCliSync('alerts', '--db', db, '--json')) as Alert[];
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

  it('counts every store once by its worst status, each count a link to the matrix filtered to it', async () => {
    await gotoOverview();
    for (const status of METRIC_STATUSES) {
      const card = page.getByTestId(`overview-status-${status}`);
      expect(await card.getAttribute('href')).toBe(`#/matrix?status=${status}`);
      expect(await cardValue(`overview-status-${status}`), status).toBe(matrix.filter((row) => row.worstStatus === status).length);
    }
    await screenshot('en-US-overview');
    await page.getByTestId('overview-status-breach').click();
    await expect.poll(() => page.url()).toBe(`${origin}/#/matrix?status=breach`);
  });

  it('counts the open alerts by severity and opens the inbox on the critical ones', async () => {
    await gotoOverview();
    const critical = alerts.filter((alert) => alert.severity === 'critical');
    expect(critical.length).toBeGreaterThan(0);
    expect(await cardValue('overview-alerts-critical')).toBe(critical.length);
    expect(await cardValue('overview-alerts-warning')).toBe(alerts.filter((alert) => alert.severity === 'warning').length);
    await page.getByTestId('overview-alerts-critical').click();
    await expect.poll(() => page.url()).toBe(`${origin}/#/alerts?severity=critical`);
    await expect
      .poll(() => page.getByTestId('alert-row').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-alert')))))
      .toEqual(critical.map((alert) => alert.id));
  });

  it('lists the ten stores most at risk, lowest health first, each linking to its store page', async () => {
    await gotoOverview();
    const rows = page.getByTestId('overview-at-risk-table').locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(10);
    const storeIds = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-store'))));
    const health = storeIds.map((id) => matrix.find((row) => row.storeId === id)?.healthScore ?? -1);
    expect(health).toEqual([...health].sort((a, b) => a - b));
    expect(await rows.first().getByTestId('at-risk-store').getAttribute('href')).toBe(`#/stores/${storeIds[0]}`);
  });

  it('lists the SLA items of the demo contracts due within 48 hours, as the backend answers them', async () => {
    const dueSoon = (JSON.parse(runCliSync('overview', '--db', db, '--json')) as Overview).slaDueSoon;
    expect(dueSoon.length).toBeGreaterThan(0);
    await gotoOverview();
    const first = dueSoon[0]!;
    const tile = page.getByTestId('overview-sla');
    // The tile says the promise in the UI language ("Acknowledge alert"), with store and client, and links to the SLA board.
    await expect.poll(() => tile.getByText(first.clientName).first().isVisible()).toBe(true);
    if (first.storeName) expect(await tile.innerText()).toContain(first.storeName);
    expect(await tile.getByRole('link').first().getAttribute('href')).toBe('#/contracts?tab=sla');
  });

  it('has no serious or critical accessibility violation', async () => {
    await gotoOverview();
    await page.mouse.move(0, 0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('reads in Chinese, with no untranslated key', async () => {
    await page.evaluate(`localStorage.setItem('storefleet.language', 'zh-CN')`);
    await gotoOverview();
    await page.reload();
    await page.getByTestId('overview-at-risk-table').waitFor();
    const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim());
    expect(lines.filter((line) => RAW_KEY.test(line))).toEqual([]);
    await screenshot('zh-CN-overview');
    await page.evaluate(`localStorage.setItem('storefleet.language', 'en-US')`);
  });

  it('logged no console error on the way', () => {
    expect(session!.errors).toEqual([]);
  });
});

describe('the overview of a workspace without stores', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-overview-empty-e2e-'));
  const shotsDir = join(screenshotsDir(), 'overview');
  let server: Server | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    server = await startServer(join(workDir, 'empty.sqlite'));
    session = await openBrowser('zh-CN');
  });

  afterAll(async () => {
    await session?.browser.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('offers to add stores, import data or load the demo portfolio, and the demo fills it', async () => {
    const { page } = session!;
    await page.goto(server!.url);
    await page.getByTestId('welcome-empty').click();
    await page.getByTestId('overview-empty').waitFor();
    expect(await page.getByTestId('overview-empty-add-stores').getAttribute('href')).toBe('#/clients-stores/stores');
    expect(await page.getByTestId('overview-empty-import').getAttribute('href')).toBe('#/imports');
    await page.mouse.move(0, 0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shotsDir, 'zh-CN-empty-workspace.png'), fullPage: true });
    await page.getByTestId('overview-empty-demo').click();
    await page.getByTestId('overview-empty').waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => page.getByTestId('overview-workspace-counts').textContent()).toMatch(/^工作区：\d+ 个客户/);
    expect(session!.errors).toEqual([]);
  }, 60_000);
});
