import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, pdfText, withoutSpace } from '../helpers/document-text';
import { seriousAxeViolations, settleTransitions } from './support/axe-violations';
import { ROOT, assertBuilt, choose, openBrowser, runCliSync, screenshotsDir, startServer, stopServer, type Server } from './support/browser-host';

interface StoreRow {
  id: number;
  displayName: string;
  marketplace: string;
}

const SELLER_ID = 'A1ORIGAMI';
const FIXTURE = join(ROOT, 'tests/fixtures/imports/seller-performance-us-jp.json');
const ASINS = ['B0JPODR001', 'B0JPODR002'];
const NOTICE = `Your Order Defect Rate for seller-fulfilled orders is above our target of 1%. Most defects concern ${ASINS[0]} and ${ASINS[1]}. Send us a plan of action.`;
const ROOT_CAUSE = `Orders of ${ASINS[0]} and ${ASINS[1]} shipped with Japan Post between 1 and 20 October arrived 3 to 6 days late, so buyers left negative feedback and filed A-to-z claims.`;
const JA_ROOT_CAUSE = 'B0JPLATE01の注文を追跡番号のない定形外郵便で発送していたため、配達状況を確認できませんでした。';
/** What an i18next key looks like when a translation is missing. */
const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/;

describe('Plans of action in the browser host', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'storefleet-poa-e2e-'));
  const shotsDir = join(screenshotsDir(), 'poa');
  let browserErrors: string[] = [];
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let origin = '';
  let jpStore: StoreRow;
  let odrCase = 0;

  const screenshot = (name: string, fullPage = false) => page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage });
  const target = (key: string) => page.locator(`[data-poa-target="${key}"]`);
  const saveState = () => page.getByTestId('poa-save-state').getAttribute('data-state');
  const waitSaved = () => expect.poll(saveState, { timeout: 10_000 }).toBe('saved');
  const warningCodes = () => page.getByTestId('poa-warning').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
  const warningTexts = () => page.getByTestId('poa-warning').allTextContents();
  const setLanguage = async (language: string) => {
    await page.evaluate(`localStorage.setItem('storefleet.language', '${language}')`);
    await page.reload();
  };
  const download = async (testId: string): Promise<Download> => {
    const waiting = page.waitForEvent('download');
    await page.getByTestId('poa-export').click();
    await page.getByTestId(testId).click();
    return waiting;
  };
  const downloadedBytes = async (file: Download) => readFileSync((await file.path())!);
  /** Confirms a status move in its modal. */
  const transition = async (to: string, confirm: boolean) => {
    await page.getByTestId(`poa-transition-${to}`).click();
    if (confirm) {
      await page.getByTestId('confirm-button').click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await expect.poll(() => page.getByTestId('poa-header').locator('[data-status]').first().getAttribute('data-status')).toBe(to);
  };

  beforeAll(async () => {
    assertBuilt();
    mkdirSync(shotsDir, { recursive: true });
    const db = join(workDir, 'workspace.sqlite');
    // The demo brings a case in every status; the Origami account brings a real ODR breach in Japan (1.56%).
    runCliSync('demo', '--db', db, '--clients', '3', '--stores', '8', '--days', '40');
    const client = JSON.parse(runCliSync('clients', 'add', '--db', db, '--json', '--name', 'Origami Living', '--language', 'zh-CN', '--currency', 'USD')) as { id: number };
    for (const [name, marketplace] of [
      ['Origami Amazon US', 'US'],
      ['Origami Amazon JP', 'JP'],
    ] as const) {
      runCliSync('stores', 'add', '--db', db, '--client', String(client.id), '--name', name, '--platform', 'amazon', '--marketplace', marketplace, '--seller-id', SELLER_ID);
    }
    const stores = JSON.parse(runCliSync('stores', 'list', '--db', db, '--json')) as StoreRow[];
    const usStore = stores.find((store) => store.displayName === 'Origami Amazon US')!;
    jpStore = stores.find((store) => store.displayName === 'Origami Amazon JP')!;
    runCliSync('import', FIXTURE, '--db', db, '--store', String(usStore.id));
    // Daily counts behind the JP report's 14 defects in 900 orders, for the recovery plan.
    const dailyCounts = join(workDir, 'odr-daily.csv');
    const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10));
    writeFileSync(dailyCounts, ['store,metric,date,value,numerator,denominator', ...days.map((day) => `Origami Amazon JP,amazon.odr_mfn.daily,${day},,${day === '2026-10-10' ? 14 : 0},15`)].join('\n'));
    runCliSync('import', dailyCounts, '--db', db);
    server = await startServer(db);
    ({ browser, page, errors: browserErrors } = await openBrowser('en-US'));
    origin = new URL(server.url).origin;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(server.url);
    await page.getByTestId('nav-overview').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('lists the cases with their store, deadline, status, revision and checks, filtered through the URL', async () => {
    await page.goto(`${origin}/#/poa`);
    await page.getByTestId('poa-cases').waitFor();
    expect(await page.getByTestId('poa-case-row').count()).toBeGreaterThanOrEqual(6);
    const statuses = await page.getByTestId('poa-case-row').locator('[data-status]').evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['draft', 'internal_review', 'submitted', 'accepted', 'more_info_requested', 'rejected']));
    await screenshot('01-list-en');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await choose(page, 'poa-filter-status', 'Submitted');
    await expect.poll(() => page.url()).toContain('status=submitted');
    await expect.poll(() => page.getByTestId('poa-case-row').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByTestId('poa-case-row').count()).toBe(1);
    await page.getByTestId('poa-filters-clear').click();
    await expect.poll(() => page.getByTestId('poa-case-row').count()).toBeGreaterThanOrEqual(6);
  });

  it('starts a case from the breached store’s page, with the store chosen and the notice’s ASINs picked up', async () => {
    await page.goto(`${origin}/#/stores/${jpStore.id}`);
    await page.getByTestId('start-poa').click();
    await expect.poll(() => page.url()).toContain(`/poa?new=${jpStore.id}`);
    const form = page.getByTestId('poa-new-case-form');
    await form.waitFor();
    await expect.poll(() => page.getByTestId('poa-form-store').inputValue()).toBe('Origami Amazon JP · Origami Living');
    // Amazon Japan: the plan is written in Japanese unless the user says otherwise.
    expect(await page.getByTestId('poa-form-language').inputValue()).toBe('Japanese');
    await page.getByTestId('poa-form-notice-text').fill(NOTICE);
    await expect.poll(() => form.textContent()).toContain(ASINS[1]);
    expect(await form.textContent()).toContain(ASINS[0]);

    await page.getByTestId('poa-form-submit').click();
    await expect.poll(() => form.textContent()).toContain('This field is required.');
    await choose(page, 'poa-form-type', 'Order defect rate (ODR)');
    await choose(page, 'poa-form-language', 'English (US)');
    await page.getByTestId('poa-form-notice-date').fill('2026-11-02');
    await page.getByTestId('poa-form-deadline').fill('2026-11-01');
    await page.getByTestId('poa-form-submit').click();
    // The backend's refusal shows under the field it is about.
    await expect.poll(() => form.textContent()).toContain('Must be on or after the notice date.');
    await screenshot('02-new-case-error');
    await page.getByTestId('poa-form-deadline').fill('2026-11-25');
    await page.getByTestId('poa-form-submit').click();
    await page.getByTestId('poa-title').waitFor();
    odrCase = Number(/#\/poa\/(\d+)/.exec(page.url())?.[1]);
    expect(odrCase).toBeGreaterThan(0);
    expect(await page.getByTestId('poa-header').textContent()).toContain('Origami Amazon JP');
    expect(await page.getByTestId('poa-detail-items').evaluate((input) => input.closest('.mantine-TagsInput-root')?.textContent)).toContain(ASINS[0]);
    expect(await warningCodes()).toEqual(
      expect.arrayContaining(['section_empty', 'affected_item_missing', 'evidence_not_inserted']),
    );
  });

  it('inserts suggested entries for the case type, each action and measure linked to its root cause', async () => {
    await page.getByTestId('poa-open-templates').click();
    const drawer = page.getByTestId('poa-templates');
    await drawer.getByTestId('poa-template-cause').first().waitFor();
    await drawer.getByTestId('poa-template-cause-check').first().click();
    await settleTransitions(page);
    await screenshot('03-templates');
    await drawer.getByTestId('poa-templates-insert').click();
    await expect.poll(() => page.getByTestId('poa-entry-rootCauses').count()).toBe(1);
    expect(await page.getByTestId('poa-entry-correctiveActions').count()).toBe(2);
    expect(await page.getByTestId('poa-entry-preventiveMeasures').count()).toBe(2);
    expect(await target('correctiveActions/ca-2/rootCause').inputValue()).toMatch(/^1\. Orders shipped with \[carrier\]/);
    expect(await target('preventiveMeasures/pm-1/owner').inputValue()).toBe('Logistics lead');
    expect(await target('rootCauses/rc-1/text').getAttribute('lang')).toBe('en-US');
    await waitSaved();
    await expect.poll(warningCodes).toEqual(expect.arrayContaining(['unfilled_placeholder', 'corrective_without_date', 'affected_item_missing']));
  });

  it('inserts the store’s own numbers with their window and source, and says which metric had none', async () => {
    await page.getByTestId('poa-evidence-insert').click();
    const table = page.locator('[data-testid="poa-evidence-table"][data-metric="amazon.odr_mfn"]:not([data-recovery])');
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('900');
    expect(text).toContain('1.56%');
    expect(text).toContain('< 1.00%');
    expect(text).toContain('seller-performance-us-jp.json');
    expect(await page.getByTestId('poa-evidence-note').textContent()).toContain('Order defect rate (FBA)');
    // The daily counts give the rate's recovery plan; FBA orders have none, and the note says so.
    const plan = (await page.locator('[data-testid="poa-evidence-table"][data-recovery="true"]').textContent()) ?? '';
    expect(plan).toContain('Order defect rate (seller-fulfilled): recovery plan');
    expect(plan).toMatch(/Meets the target again if no new defects occur.*2026/);
    expect(plan).toContain('Defect-free orders a day to recover sooner');
    expect(await page.getByTestId('poa-evidence-no-daily-counts').textContent()).toContain('Order defect rate (FBA)');
    await screenshot('04a-evidence-recovery', true);
    await waitSaved();
    await expect.poll(warningCodes).not.toContain('evidence_not_inserted');
  });

  it('shows the warnings live, leads to each, and clears them as the text is fixed', async () => {
    const undated = page.getByTestId('poa-warning').filter({ hasText: 'Corrective action 1 has no date.' });
    await undated.click();
    expect(await page.evaluate(`document.activeElement?.getAttribute('data-poa-target')`)).toBe('correctiveActions/ca-1/date');
    await target('correctiveActions/ca-1/date').fill('2026-11-05');
    await target('correctiveActions/ca-2/date').fill('2026-11-06');
    await target('rootCauses/rc-1/text').fill(ROOT_CAUSE);
    await target('correctiveActions/ca-1/text').fill('Contacted every affected buyer and refunded or reshipped the 14 orders concerned.');
    await target('correctiveActions/ca-2/text').fill('Moved all seller-fulfilled orders to Yamato TA-Q-BIN with committed delivery dates. This will never happen again.');
    await waitSaved();
    await expect.poll(warningCodes).toEqual(['flagged_phrase']);
    expect((await warningTexts())[0]).toContain('“never happen again” promises perfection');
    await screenshot('04-editor-warning');

    // The warning leads to the phrase itself, selected in its text.
    await page.getByTestId('poa-warning').first().click();
    const selected = await page.evaluate(
      `(() => { const el = document.activeElement; return el.value.slice(el.selectionStart, el.selectionEnd); })()`,
    );
    expect(selected).toBe('never happen again');
    await target('correctiveActions/ca-2/text').fill('Moved all seller-fulfilled orders to Yamato TA-Q-BIN with committed delivery dates.');
    await waitSaved();
    await expect.poll(warningCodes).toEqual([]);
    expect(await page.getByTestId('poa-warning-count').getAttribute('data-count')).toBe('0');
    expect(Number((await page.getByTestId('poa-length-total').textContent())!.replace(/\D/g, ''))).toBeGreaterThan(300);
  });

  it('moves and removes entries from the keyboard', async () => {
    await page.getByTestId('poa-add-rootCauses').click();
    expect(await page.evaluate(`document.activeElement?.getAttribute('data-poa-target')`)).toBe('rootCauses/rc-2/text');
    await page.keyboard.type('A second cause, to be moved and removed.');
    await target('rootCauses/rc-2/up').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('poa-entry-rootCauses').first().getAttribute('data-entry-id')).toBe('rc-2');
    // At the top, "up" no longer applies: the focus moves to "down" of the same entry.
    expect(await page.evaluate(`document.activeElement?.getAttribute('data-poa-target')`)).toBe('rootCauses/rc-2/down');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('poa-entry-rootCauses').first().getAttribute('data-entry-id')).toBe('rc-1');
    await target('rootCauses/rc-2/remove').click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => page.getByTestId('poa-entry-rootCauses').count()).toBe(1);
    await waitSaved();
    await expect.poll(warningCodes).toEqual([]);
  });

  it('keeps the autosave across a reload, and offers back text that never reached the backend', async () => {
    await page.reload();
    await page.getByTestId('poa-title').waitFor();
    expect(await target('rootCauses/rc-1/text').inputValue()).toBe(ROOT_CAUSE);
    expect(await page.getByTestId('poa-local-draft').count()).toBe(0);

    // The backend is unreachable for saves: the indicator says so, and the text stays on this computer.
    await page.route('**/api/invoke', (route) => (route.request().postData()?.includes('"poa.saveDraft"') ? route.abort() : route.continue()));
    await target('additionalInformation/-/text').fill('The carrier contract with Yamato is attached.');
    await expect.poll(saveState, { timeout: 10_000 }).toBe('failed');
    expect(await page.getByTestId('poa-save-state').textContent()).toContain('Not saved: Cannot reach the Storefleet backend');
    await page.unroute('**/api/invoke');
    await page.reload();
    await page.getByTestId('poa-local-draft').waitFor();
    expect(await target('additionalInformation/-/text').inputValue()).toBe('');
    await page.getByTestId('poa-local-restore').click();
    expect(await target('additionalInformation/-/text').inputValue()).toBe('The carrier contract with Yamato is attached.');
    await waitSaved();
    await page.reload();
    await page.getByTestId('poa-title').waitFor();
    expect(await target('additionalInformation/-/text').inputValue()).toBe('The carrier contract with Yamato is attached.');
    expect(await page.getByTestId('poa-local-draft').count()).toBe(0);
    // The refused requests of this step are the test's own doing.
    browserErrors = browserErrors.filter((error) => !error.includes('net::ERR_FAILED'));
  });

  it('attaches files with their size and hash, listed by name', async () => {
    await page.getByTestId('poa-attachment-input').setInputFiles({ name: 'yamato-contract.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 carrier contract') });
    const row = page.getByTestId('poa-attachment').filter({ hasText: 'yamato-contract.pdf' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/25 bytes[0-9a-f]{12}/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot('05-editor-en', true);
  });

  it('goes through internal review to submitted, after which the text is read-only', async () => {
    await transition('internal_review', false);
    await transition('submitted', true);
    await page.getByTestId('poa-read-only').waitFor();
    expect(await target('rootCauses/rc-1/text').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('poa-add-rootCauses').count()).toBe(0);
    expect(await page.getByTestId('poa-save-state').getAttribute('data-state')).toBe('read-only');
  });

  it('exports a DOCX whose text holds the root cause and the ASINs', async () => {
    const file = await download('poa-export-docx');
    expect(file.suggestedFilename()).toBe(`poa-${odrCase}-r1-odr.docx`);
    const text = await docxText(await downloadedBytes(file));
    expect(text).toContain(ROOT_CAUSE);
    for (const asin of ASINS) expect(text).toContain(asin);
    expect(text).toContain('yamato-contract.pdf');
  });

  it('copies the plain text for the appeal form to the clipboard', async () => {
    await page.getByTestId('poa-export').click();
    await page.getByTestId('poa-export-copy').click();
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toContain(ROOT_CAUSE);
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
    expect(copied).toContain(ASINS[1]);
    expect(copied).toContain('1.56%');
  });

  it('records the platform’s answer, reopens as revision 2 and compares the two side by side', async () => {
    await transition('rejected', true);
    await page.getByTestId('poa-transition-draft').click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => page.getByTestId('poa-revision').textContent()).toBe('Revision 2');
    await target('rootCauses/rc-1/text').waitFor();
    expect(await target('rootCauses/rc-1/text').getAttribute('readonly')).toBeNull();
    await target('rootCauses/rc-1/text').fill(`${ROOT_CAUSE} The packing station also missed the daily pickup on 12 October.`);
    await page.getByTestId('poa-add-preventiveMeasures').click();
    await page.keyboard.type('The pickup time is checked against the packing schedule.');
    await target('preventiveMeasures/pm-3/owner').fill('Warehouse lead');
    await waitSaved();

    await page.getByTestId('poa-tab-revisions').click();
    await expect.poll(() => page.getByTestId('poa-revision-row').count()).toBe(2);
    const comparison = page.getByTestId('poa-comparison');
    await comparison.waitFor();
    expect(await comparison.locator('[data-change="changed"]').count()).toBe(2);
    expect(await comparison.locator('[data-change="added"]').count()).toBe(1);
    expect(await page.getByTestId('poa-compare-rootCauses').textContent()).toContain('The packing station also missed');
    expect(await page.getByTestId('poa-revision-row').first().textContent()).toContain('Draft');
    expect(await page.getByTestId('poa-revision-row').last().textContent()).toContain('Rejected');
    await screenshot('06-revisions-en', true);
  });

  it('keeps a Japanese plan’s text intact in the TXT, DOCX and PDF downloads', async () => {
    await page.goto(`${origin}/#/poa?new=${jpStore.id}`);
    await page.getByTestId('poa-new-case-form').waitFor();
    await expect.poll(() => page.getByTestId('poa-form-store').inputValue()).toBe('Origami Amazon JP · Origami Living');
    await choose(page, 'poa-form-type', 'Valid tracking rate');
    await page.getByTestId('poa-form-notice-date').fill('2026-11-10');
    await page.getByTestId('poa-form-notice-text').fill('有効な追跡率が基準を下回っています。対象ASIN: B0JPLATE01');
    await page.getByTestId('poa-form-submit').click();
    await page.getByTestId('poa-title').waitFor();
    await page.getByTestId('poa-add-rootCauses').click();
    expect(await target('rootCauses/rc-1/text').getAttribute('lang')).toBe('ja-JP');
    await page.keyboard.type(JA_ROOT_CAUSE);
    await page.getByTestId('poa-open-templates').click();
    await page.getByTestId('poa-template-cause-check').first().click();
    await page.getByTestId('poa-templates-insert').click();
    await expect.poll(() => page.getByTestId('poa-entry-rootCauses').count()).toBe(2);
    await waitSaved();

    const txt = (await downloadedBytes(await download('poa-export-txt'))).toString('utf8');
    expect(txt).toContain(JA_ROOT_CAUSE);
    expect(txt).toContain('根本原因');
    const docx = await docxText(await downloadedBytes(await download('poa-export-docx')));
    expect(docx).toContain(JA_ROOT_CAUSE);
    const pdf = pdfText(await downloadedBytes(await download('poa-export-pdf')));
    expect(withoutSpace(pdf)).toContain(withoutSpace(JA_ROOT_CAUSE));
    expect(await seriousAxeViolations(page)).toEqual([]);

    await setLanguage('ja-JP');
    await page.getByTestId('poa-title').waitFor();
    await screenshot('07-editor-ja', true);
    await setLanguage('en-US');
  });

  it('goes read-only, saying what was not saved, when another window submits the case meanwhile', async () => {
    // A new tab needs the session token of the browser host's address.
    const caseUrl = `${server!.url}${new URL(page.url()).hash}`;
    await page.route('**/api/invoke', (route) => (route.request().postData()?.includes('"poa.saveDraft"') ? route.abort() : route.continue()));
    await target('additionalInformation/-/text').fill('配送業者との契約書を添付します。');
    await expect.poll(saveState, { timeout: 10_000 }).toBe('failed');
    const other = await page.context().newPage();
    other.setDefaultTimeout(8_000);
    await other.goto(caseUrl);
    await other.getByTestId('poa-transition-internal_review').click();
    await other.getByTestId('poa-transition-submitted').click();
    await other.getByTestId('confirm-button').click();
    await other.getByTestId('poa-read-only').waitFor();
    await other.close();
    // The other window's move reaches this one as workspace.changed.
    await page.getByTestId('poa-read-only').waitFor();
    await expect.poll(saveState).toBe('lost');
    expect(await page.getByTestId('poa-save-state').textContent()).toContain('Not saved: the case can no longer change');
    expect(await target('additionalInformation/-/text').getAttribute('readonly')).not.toBeNull();
    await page.unroute('**/api/invoke');
    browserErrors = browserErrors.filter((error) => !error.includes('net::ERR_FAILED'));
  });

  it('reads in Chinese with no key left untranslated', async () => {
    await setLanguage('zh-CN');
    for (const [path, name] of [
      ['/poa', '08-list-zh'],
      [`/poa/${odrCase}`, '09-editor-zh'],
      [`/poa/${odrCase}?tab=revisions`, '10-revisions-zh'],
      ['/poa?new=', '11-new-case-zh'],
    ] as const) {
      await page.goto(`${origin}/#${path}`);
      await page.getByTestId('nav-overview').waitFor();
      await page.waitForLoadState('networkidle');
      await settleTransitions(page);
      const lines = (await page.locator('body').innerText()).split('\n').map((line) => line.trim());
      expect(lines.filter((line) => RAW_KEY.test(line)), path).toEqual([]);
      await screenshot(name, !path.includes('new'));
    }
    expect(await page.getByTestId('poa-new-case-form').textContent()).toContain('文档语言');
    await setLanguage('en-US');
  });

  it('logs no console error along the way', () => {
    expect(browserErrors).toEqual([]);
  });
});
