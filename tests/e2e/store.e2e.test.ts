import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe-violations';
import { assertBuilt, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type Server } from './support/browser-host';

interface StoreRow {
  id: number;
  displayName: string;
  platform: string;
  marketplace: string;
}

const NOTE = 'Switched carrier to UPS SurePost';

/** The calendar day `days` before `day` (YYYY-MM-DD). */
function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

describe('The store page in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-store-e2e-'));
  const shotsDir = join(screenshotsDir(), 'store');
  let browserErrors: string[] = [];
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let origin = '';
  let amazon: StoreRow;
  let creator: StoreRow;

  const screenshot = (name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`) });
  const charts = () => page.getByTestId('metric-chart');
  const chart = (metricKey: string) => page.locator(`[data-testid="metric-chart"][data-metric="${metricKey}"]`);
  /** Today as the page counts it (the browser's day), read from the range picker's last day. */
  const daysAgo = async (days: number) => daysBefore((await page.getByTestId('range-picker').getAttribute('data-to'))!, days);
  const grid = () => page.getByTestId('chart-grid');

  /** Every chart drawn so far has finished drawing its current option. */
  const chartsRendered = () =>
    page.getByTestId('trend-chart').evaluateAll((drawn) => drawn.length > 0 && drawn.every((chart) => chart.getAttribute('data-rendered') === 'true'));

  const openStore = async (store: StoreRow, query = '') => {
    await page.goto(`${origin}/#/stores/${store.id}${query}`);
    await page.getByTestId('store-name').filter({ hasText: store.displayName }).waitFor();
  };

  /** The snapshot table and the import history load only once scrolled near. */
  const revealLowerPanels = async () => {
    await page.getByTestId('snapshot-section').scrollIntoViewIfNeeded();
    await page.getByTestId('snapshot-table').waitFor();
    await page.keyboard.press('End');
    await page.getByTestId('import-history').waitFor();
  };

  const setLanguage = async (language: string) => {
    await page.evaluate(`localStorage.setItem('storefleet.language', '${language}')`);
    await page.reload();
  };

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    const db = join(workDir, 'demo.sqlite');
    // The demo ends today, so the page's "last N days" ranges all hold data.
    runCliSync('demo', '--db', db, '--clients', '4', '--stores', '10', '--days', '200');
    const stores = JSON.parse(runCliSync('stores', 'list', '--db', db, '--json')) as StoreRow[];
    amazon = stores.find((store) => store.platform === 'amazon' && store.marketplace === 'US')!;
    creator = stores.find((store) => store.platform === 'other')!;
    server = await startServer(db);
    ({ browser, page, errors: browserErrors } = await openBrowser('en-US'));
    await page.goto(server.url);
    origin = new URL(server.url).origin;
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('shows who the store is and how healthy it is, with a button that starts a POA for it', async () => {
    await openStore(amazon);
    const header = page.getByTestId('store-header');
    expect(await header.textContent()).toContain('Amazon');
    expect(await header.textContent()).toContain('United States');
    await expect.poll(() => page.getByTestId('health-score').getAttribute('data-score')).toMatch(/^\d+$/);
    expect(await page.getByTestId('start-poa').getAttribute('href')).toBe(`#/poa?new=${amazon.id}`);
  });

  it('draws the first group’s charts with their threshold lines, from one series call for the range', async () => {
    await openStore(amazon);
    await expect.poll(() => charts().count()).toBeGreaterThan(4);
    await expect.poll(chartsRendered).toBe(true);
    const odr = chart('amazon.odr_mfn');
    expect(await odr.getAttribute('data-thresholds')).toBe('watch breach');
    expect(Number(await odr.getAttribute('data-points'))).toBeGreaterThan(80);
    // The SVG renderer draws the dashed watch and breach lines as paths.
    expect(await odr.locator('svg path[stroke-dasharray]').count()).toBeGreaterThanOrEqual(2);
    expect(await grid().getAttribute('data-from')).toBe(await daysAgo(89));
    await screenshot('01-amazon-en');
  });

  it('switches to the last 30 days, keeps the choice in the URL and redraws every chart', async () => {
    await page.getByTestId('range-picker').getByText('30 days', { exact: true }).click();
    await expect.poll(() => page.url()).toContain('range=30');
    const from = await daysAgo(29);
    await expect.poll(() => grid().getAttribute('data-from')).toBe(from);
    await expect.poll(() => grid().getAttribute('data-loading')).toBeNull();
    await expect.poll(chartsRendered).toBe(true);
    const points = await charts().evaluateAll((cards) => cards.map((card) => Number(card.getAttribute('data-points'))));
    expect(Math.max(...points)).toBeLessThanOrEqual(30);
    await page.reload();
    await expect.poll(() => grid().getAttribute('data-from')).toBe(from);
  });

  it('opens the metric the matrix linked to in its own group, outlined', async () => {
    await openStore(amazon, '?metric=ads.acos');
    const acos = chart('ads.acos');
    await expect.poll(() => acos.getAttribute('data-focused')).toBe('true');
    expect(await page.getByTestId('group-tab-ads').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => acos.isVisible()).toBe(true);
    await revealLowerPanels();
    expect(await page.getByTestId('snapshot-metric').inputValue()).toBe('Advertising cost of sales (ACoS)');
  });

  it('asks for a note before adding an annotation, then lists it and draws it on every chart', async () => {
    await openStore(amazon, '?range=30');
    await expect.poll(chartsRendered).toBe(true);
    const before = Number(await charts().first().getAttribute('data-annotations'));
    const form = page.getByTestId('annotation-form');
    const day = await daysAgo(3);
    await form.getByTestId('annotation-date').fill(day);
    await page.getByTestId('annotation-submit').click();
    expect(await form.textContent()).toContain('This field is required.');

    await form.getByTestId('annotation-text').fill(NOTE);
    await page.getByTestId('annotation-submit').click();
    const item = page.getByTestId('annotation-item').filter({ hasText: NOTE });
    await item.waitFor();
    expect(await item.getAttribute('data-date')).toBe(day);
    expect(await form.getByTestId('annotation-text').inputValue()).toBe('');
    await expect.poll(() => charts().first().getAttribute('data-annotations')).toBe(String(before + 1));
    // Charts draw once on screen; the form sits below them.
    await charts().first().scrollIntoViewIfNeeded();
    await expect.poll(chartsRendered).toBe(true);
    // The line's label is the note, shortened; the full text is in the list and the tooltip.
    await expect.poll(() => charts().first().locator('svg text', { hasText: 'Switched carr' }).count()).toBe(1);
    await screenshot('02-annotated');
  });

  it('fills in the date of a new annotation from a click on a chart', async () => {
    const drawing = page.getByTestId('trend-chart').first();
    const box = (await drawing.boundingBox())!;
    // The middle of a 30-day chart is about two weeks ago, far from the date the form holds now.
    await drawing.click({ position: { x: box.width / 2, y: box.height / 2 } });
    const date = await page.getByTestId('annotation-form').getByTestId('annotation-date').inputValue();
    expect(date >= (await daysAgo(22)) && date <= (await daysAgo(8)), date).toBe(true);
    const note = page.getByTestId('annotation-form').getByTestId('annotation-text');
    await expect.poll(() => note.evaluate((element) => element.ownerDocument.activeElement === element)).toBe(true);
  });

  it('deletes the annotation after a confirmation, from the list and from the charts', async () => {
    const before = Number(await charts().first().getAttribute('data-annotations'));
    await page.getByTestId('annotation-item').filter({ hasText: NOTE }).getByTestId('annotation-delete').click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => page.getByTestId('annotation-item').filter({ hasText: NOTE }).count()).toBe(0);
    await expect.poll(() => charts().first().getAttribute('data-annotations')).toBe(String(before - 1));
  });

  it('shows the funnel of an interest-commerce store with each step’s rate and the weakest step named', async () => {
    await openStore(creator);
    const funnel = page.getByTestId('funnel-panel');
    await funnel.waitFor();
    expect(await funnel.getByTestId('funnel-step').evaluateAll((steps) => steps.map((step) => step.getAttribute('data-step')))).toEqual([
      'impressions',
      'clicks',
      'add_to_cart',
      'orders',
    ]);
    const weakest = await funnel.getAttribute('data-weakest');
    if (weakest) expect(await funnel.locator(`[data-step="${weakest}"]`).textContent()).toContain('Weakest step');
    await expect.poll(chartsRendered).toBe(true);
    await screenshot('03-creator-en');
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const found: Record<string, string[]> = {};
    for (const store of [amazon, creator]) {
      await openStore(store);
      await expect.poll(chartsRendered).toBe(true);
      await revealLowerPanels();
      // Judge the page at rest: a row under the pointer has its hover tint.
      await page.mouse.move(0, 0);
      found[store.displayName] = (await seriousAxeViolations(page)).map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
    }
    expect(found).toEqual({ [amazon.displayName]: [], [creator.displayName]: [] });
  });

  it('says a store does not exist, with a way back to the matrix', async () => {
    await page.goto(`${origin}/#/stores/999999`);
    const notFound = page.getByTestId('store-not-found');
    await notFound.waitFor();
    expect(await notFound.textContent()).toContain('Store not found');
    await notFound.getByRole('link').click();
    await expect.poll(() => page.url()).toMatch(/#\/matrix/);
  });

  it('reads in Chinese: labels, dates and the funnel, with nothing untranslated', async () => {
    await setLanguage('zh-CN');
    await openStore(creator);
    await page.getByTestId('funnel-panel').waitFor();
    await expect.poll(chartsRendered).toBe(true);
    const text = await page.getByTestId('store-page').innerText();
    expect(text).toContain('销售漏斗');
    expect(text).toContain('趋势');
    expect(text).not.toMatch(/\bstore\.[a-z]+\.[a-zA-Z.]+/);
    await screenshot('04-creator-zh');
    await openStore(amazon);
    await expect.poll(chartsRendered).toBe(true);
    await screenshot('05-amazon-zh');
    await setLanguage('en-US');
  });

  it('logged no error in the browser', () => {
    expect(browserErrors).toEqual([]);
  });
});
