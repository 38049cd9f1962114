import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, choose, openBrowser, ROOT, runCliSync, screenshotsDir, startServer, stopServer, type Server } from './support/browser-host';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** The little of the DOM these tests read in the page (the test files are typed for Node). */
interface DomElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  textContent: string | null;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page as it is and returns the serious and critical violations, readably.
 * The app's CSP forbids inline scripts (so addScriptTag cannot inject axe); evaluating the
 * source through the DevTools protocol is not subject to it.
 */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) })))`,
  )) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('the health matrix in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-matrix-e2e-'));
  const shotsDir = join(screenshotsDir(), 'matrix');
  let browserErrors: string[] = [];
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let origin = '';

  const screenshot = (name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`) });
  const grid = () => page.getByTestId('matrix-grid');
  const storeRows = () => grid().locator('[data-store-row]');
  const count = async () => (await page.getByTestId('matrix-count').textContent()) ?? '';
  /** The worst status, health score and name of every store row rendered, top to bottom. */
  const visibleStores = () =>
    storeRows().evaluateAll((rows: DomElement[]) =>
      rows
        .map((row) => ({
          position: Number(row.getAttribute('aria-rowindex')),
          name: row.querySelector('[role="rowheader"] a')?.textContent ?? '',
          line: row.querySelector('[role="rowheader"] span')?.textContent ?? '',
          worst: row.querySelector('[data-worst-status]')?.getAttribute('data-worst-status') ?? '',
          health: Number(row.querySelector('[data-worst-status] span')?.textContent),
        }))
        .sort((a, b) => a.position - b.position),
    );
  const openMatrix = async (query = '') => {
    await page.goto(`${origin}/#/matrix${query}`);
    await storeRows().first().waitFor();
  };
  const matrixQuery = () => new URL(page.url()).hash.replace(/^#\/matrix\??/, '');
  /** The grid coordinates ("row:col") of the focused cell. */
  const activeCell = () => page.evaluate(`document.activeElement?.getAttribute('data-cell') ?? null`);

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    const db = join(workDir, 'workspace.sqlite');
    runCliSync('demo', '--db', db, '--clients', '6', '--stores', '30', '--days', '35', '--end', '2026-11-20');
    server = await startServer(db);
    origin = new URL(server.url).origin;
    ({ browser, page, errors: browserErrors } = await openBrowser('en-US'));
    await page.goto(server.url);
    await page.evaluate(`localStorage.setItem('storefleet.language', 'en-US')`);
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('shows every store against the Amazon account health columns, most urgent first, with no accessibility violation', async () => {
    await openMatrix();
    expect(await count()).toBe('30 of 30 stores');
    expect(await grid().getAttribute('aria-rowcount')).toBe('31');
    const stores = await visibleStores();
    expect(stores[0]?.worst).toBe('breach');
    expect(await grid().locator('[role="columnheader"]').nth(2).textContent()).toBe('Order defect rate (seller-fulfilled)');
    // A TikTok store has no Amazon metric: its cells say so in words, not with an empty box.
    const tiktok = storeRows().filter({ hasText: 'TikTok' }).first();
    expect(await tiktok.locator('[data-metric="amazon.odr_mfn"]').getAttribute('aria-label')).toBe('Not applicable to this store');
    await screenshot('01-en-US-default');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows the details of a cell on hover: as-of date, window, threshold and its origin, trend, sparkline', async () => {
    await openMatrix('?platform=amazon');
    const cell = storeRows().first().locator('[data-metric="amazon.late_shipment_rate"]');
    await cell.hover();
    const card = page.getByTestId('cell-hover-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('Late shipment rate');
    expect(await card.textContent()).toContain('As of');
    expect(await card.textContent()).toContain('Nov 20, 2026');
    expect(await card.getByTestId('threshold-origin').textContent()).toBe('Platform report');
    expect(await card.getByTestId('cell-sparkline').count()).toBe(1);
    await screenshot('02-en-US-hover-card');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });
  });

  it('filters, sorts and searches, and the URL keeps the whole view across a reload', async () => {
    await openMatrix();
    await choose(page, 'matrix-filter-platform', 'Amazon');
    await expect.poll(count).toBe('12 of 30 stores');
    expect((await visibleStores()).every((store) => store.line.startsWith('Amazon'))).toBe(true);

    await page.getByText(/^Breach \d+$/).click();
    await expect.poll(async () => (await visibleStores()).map((store) => store.worst)).not.toContain('ok');
    expect((await visibleStores()).every((store) => store.worst === 'breach')).toBe(true);

    const health = grid().locator('[role="columnheader"][data-sort="health"]');
    await health.click();
    await expect.poll(() => health.getAttribute('aria-sort')).toBe('ascending');
    await health.click();
    await expect.poll(() => health.getAttribute('aria-sort')).toBe('descending');
    const scores = (await visibleStores()).map((store) => store.health);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    await page.getByTestId('matrix-search').fill('lumora');
    await expect.poll(async () => (await visibleStores()).every((store) => store.name.startsWith('Lumora'))).toBe(true);
    const shown = await count();
    const names = (await visibleStores()).map((store) => store.name);
    const query = matrixQuery();
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({ sort: 'health', dir: 'desc', q: 'lumora', platform: 'amazon', status: 'breach' });
    await screenshot('03-en-US-filtered');

    await page.reload();
    await storeRows().first().waitFor();
    expect(matrixQuery()).toBe(query);
    expect(await count()).toBe(shown);
    expect((await visibleStores()).map((store) => store.name)).toEqual(names);
    expect(await page.getByTestId('matrix-search').inputValue()).toBe('lumora');
    expect(await grid().locator('[role="columnheader"][data-sort="health"]').getAttribute('aria-sort')).toBe('descending');

    await page.getByTestId('matrix-clear-filters').click();
    await expect.poll(count).toBe('30 of 30 stores');
    expect(new URLSearchParams(matrixQuery()).get('sort')).toBe('health');
  });

  it('says when no store matches, and clears the filters from there', async () => {
    await openMatrix();
    await page.getByTestId('matrix-search').fill('no such store anywhere');
    await page.getByTestId('matrix-no-matches').waitFor();
    await screenshot('04-en-US-no-matches');
    await page.getByTestId('matrix-empty-clear-filters').click();
    await expect.poll(count).toBe('30 of 30 stores');
    expect(await page.getByTestId('matrix-search').inputValue()).toBe('');
  });

  it('groups the stores under their clients', async () => {
    await openMatrix();
    await page.getByTestId('matrix-group-by-client').click();
    await expect.poll(() => grid().getByTestId('matrix-group').count()).toBeGreaterThan(0);
    expect(new URLSearchParams(matrixQuery()).get('group')).toBe('client');
    expect(await grid().getByTestId('matrix-group').first().textContent()).toMatch(/5 stores · worst: /);
  });

  it('opens a store from a cell by keyboard: "/" focuses the search, arrows move, Enter opens the store at that metric', async () => {
    await openMatrix('?platform=amazon');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(`document.activeElement?.getAttribute('data-testid')`)).toBe('matrix-search');

    // The grid is one tab stop: the store name of the first row.
    await grid().locator('[tabindex="0"]').focus();
    expect(await activeCell()).toBe('0:0');
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(activeCell).toBe('1:3');
    expect(await grid().locator('[tabindex="0"]').count()).toBe(1);
    // End scrolls to the last of the 29 metric columns (after store name and health: column 30).
    await page.keyboard.press('End');
    await expect.poll(activeCell).toBe('1:30');
    expect(await page.evaluate(`document.activeElement?.getAttribute('data-metric')`)).toBe('amazon.policy.document_requests');
    await page.keyboard.press('Home');
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
    const target = (await page.evaluate(
      `({ storeId: document.activeElement?.getAttribute('data-store-id'), metric: document.activeElement?.getAttribute('data-metric') })`,
    )) as { storeId: string; metric: string };
    expect(target.metric).toBe('amazon.odr_afn');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/stores\/\d+/);
    const url = new URL(page.url());
    expect(url.hash).toBe(`#/stores/${target.storeId}?metric=amazon.odr_afn`);
    // The store page loads on first visit; until it has, the router keeps the matrix on screen.
    await page.getByTestId('store-header').waitFor();
  });

  it('sorts from a column header by keyboard', async () => {
    await openMatrix();
    await grid().locator('[tabindex="0"]').focus();
    await expect.poll(activeCell).toBe('0:0');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(activeCell).toBe('-1:2');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URLSearchParams(matrixQuery()).get('sort')).toBe('amazon.odr_mfn');
    await expect.poll(() => grid().locator('[role="columnheader"][data-sort="amazon.odr_mfn"]').getAttribute('aria-sort')).toBe('descending');
    // The focus stays on the header it sorted, so a second Enter reverses the order.
    await page.keyboard.press('Enter');
    await expect.poll(() => new URLSearchParams(matrixQuery()).get('dir')).toBe('asc');
  });

  it('uses metrics picked for this view without saving them, the URL carrying the columns', async () => {
    await openMatrix();
    await page.getByTestId('matrix-column-set-menu').click();
    await page.getByTestId('matrix-new-column-set').click();
    await page.getByTestId('column-set-apply').click();
    expect(await page.getByRole('alert').textContent()).toBe('Pick at least one metric.');
    await page.getByTestId('column-set-metric-ads.acos').check();
    await page.getByTestId('column-set-metric-amazon.odr_mfn').check();
    expect(await page.getByTestId('column-set-count').textContent()).toBe('2 metrics selected');
    await screenshot('05-en-US-column-set-modal');
    await page.getByTestId('column-set-apply').click();
    await expect.poll(() => new URLSearchParams(matrixQuery()).get('cols')).toBe('amazon.odr_mfn,ads.acos');
    await expect.poll(() => grid().locator('[role="columnheader"]').allTextContents()).toEqual([
      'Store',
      'Health',
      'Order defect rate (seller-fulfilled)',
      'Advertising cost of sales (ACoS)',
    ]);
    expect(await page.getByTestId('matrix-column-set').inputValue()).toBe('Custom columns (not saved)');
  });

  it('saves a column set, shows it, and deletes it after confirming', async () => {
    await openMatrix();
    await page.getByTestId('matrix-column-set-menu').click();
    await page.getByTestId('matrix-new-column-set').click();
    await page.getByTestId('column-set-name').fill('Morning check');
    await page.getByTestId('column-set-group-ads').check();
    await page.getByTestId('column-set-save').click();
    await expect.poll(() => new URLSearchParams(matrixQuery()).get('saved')).toMatch(/^\d+$/);
    await expect.poll(() => page.getByTestId('matrix-column-set').inputValue()).toBe('Morning check');
    await expect.poll(() => grid().locator('[role="columnheader"]').nth(2).textContent()).toBe('Ad spend');

    await page.getByTestId('matrix-column-set-menu').click();
    await page.getByTestId('matrix-remove-column-set').click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => page.getByTestId('matrix-column-set').inputValue()).toBe('Amazon account health');
    expect(new URLSearchParams(matrixQuery()).get('saved')).toBeNull();
  });

  it('exports the view on screen as CSV: these stores in this order, these columns', async () => {
    await openMatrix('?platform=amazon&sort=name');
    const names = (await visibleStores()).map((store) => store.name);
    const download = page.waitForEvent('download');
    await page.getByTestId('matrix-export').click();
    await page.getByTestId('matrix-export-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const path = join(workDir, file.suggestedFilename());
    await file.saveAs(path);
    const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
    expect(lines[0]).toContain('Order defect rate (seller-fulfilled)');
    expect(lines).toHaveLength(12 + 1);
    const order = names.map((name) => lines.findIndex((line) => line.includes(name)));
    expect(order.every((index) => index > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('reads in Chinese, with no untranslated text and no accessibility violation', async () => {
    await page.evaluate(`localStorage.setItem('storefleet.language', 'zh-CN')`);
    await openMatrix('?group=client');
    // Only a new document reads the language: the hash change above did not load one.
    await page.reload();
    await storeRows().first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await count()).toBe('显示 30 / 30 家店铺');
    const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim());
    expect(lines.filter((line) => /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/.test(line))).toEqual([]);
    await screenshot('06-zh-CN-grouped');
    await storeRows().first().locator('[data-metric="amazon.odr_mfn"]').hover();
    await page.getByTestId('cell-hover-card').waitFor();
    await screenshot('07-zh-CN-hover-card');
    await page.mouse.move(5, 5);
    await page.getByTestId('cell-hover-card').waitFor({ state: 'hidden' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.evaluate(`localStorage.setItem('storefleet.language', 'en-US')`);
  });

  it('logged no error in the browser', () => {
    expect(browserErrors).toEqual([]);
  });
});
