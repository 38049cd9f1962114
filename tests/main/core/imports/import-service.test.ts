import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

const FIXTURES = join(__dirname, '../../../fixtures/imports');
const fixture = (name: string) => readFileSync(join(FIXTURES, name)).toString('base64');

let backend: TestBackend;
let usStore: number;
let jpStore: number;
beforeEach(() => {
  backend = openTestBackend();
  const client = backend.api.call('clients.create', { name: 'Lumora', language: 'zh-CN', reportingCurrency: 'CNY' });
  const base = { clientId: client.id, platform: 'amazon', sellerId: 'A1LUMORA', stage: 'mature', status: 'active' } as const;
  usStore = backend.api.call('stores.create', { ...base, displayName: 'US Flagship', marketplace: 'US' }).id;
  jpStore = backend.api.call('stores.create', { ...base, displayName: 'JP Store', marketplace: 'JP' }).id;
});
afterEach(() => backend.dispose());

const csv = (text: string) => Buffer.from(text).toString('base64');

describe('importing an Amazon seller performance report', () => {
  it('sends each marketplace to the store with the same seller id, keeping counts, targets and statuses', async () => {
    const result = await backend.api.call('imports.run', { fileName: 'perf.json', contentBase64: fixture('seller-performance-us-jp.json'), storeId: usStore });
    expect(result).toMatchObject({ status: 'imported', format: 'amazon_seller_performance', issueCount: 0 });
    expect(result.storeIds.sort()).toEqual([usStore, jpStore].sort());
    const [odr] = backend.api.call('snapshots.list', { storeId: usStore, metricKey: 'amazon.odr_mfn' });
    expect(odr).toMatchObject({ numerator: 41, denominator: 4820, platformTarget: 0.01, platformTargetCondition: 'LESS_THAN', source: 'file' });
    const alerts = backend.api.call('alerts.list', { kind: 'account_status' });
    expect(alerts.map((a) => [a.storeName, a.detail])).toEqual(
      expect.arrayContaining([['US Flagship', { platformStatus: 'AT_RISK' }], ['JP Store', { platformStatus: 'SUSPENDED' }]]),
    );
  });

  it('reads the gzipped download the same way', async () => {
    const result = await backend.api.call('imports.run', { fileName: 'report', contentBase64: fixture('seller-performance-us-jp.json.gz'), storeId: usStore });
    expect(result.status).toBe('imported');
  });

  it('refuses to guess the store of an Amazon report, and writes nothing', async () => {
    const result = await backend.api.call('imports.run', { fileName: 'perf.json', contentBase64: fixture('seller-performance-us-jp.json') });
    expect(result.status).toBe('rejected');
    expect(result.issues[0]?.message).toContain('choose the Amazon store (seller account)');
    expect(countRows(backend, 'metric_snapshots')).toBe(0);
    expect(countRows(backend, 'import_batches')).toBe(0);
  });

  it('names the marketplace that has no store for the seller', async () => {
    backend.api.call('stores.archive', { id: jpStore });
    const result = await backend.api.call('imports.run', { fileName: 'perf.json', contentBase64: fixture('seller-performance-us-jp.json'), storeId: usStore });
    expect(result.status).toBe('rejected');
    expect(result.issues.map((i) => i.message)).toContain(
      'the report has data for Amazon JP (A1VC38T7YXB528) but there is no Amazon JP store with seller id A1LUMORA; add that store first',
    );
  });

  it('imports the same content once: a second time changes nothing', async () => {
    const input = { fileName: 'perf.json', contentBase64: fixture('seller-performance-us-jp.json'), storeId: usStore };
    const first = await backend.api.call('imports.run', input);
    const rows = countRows(backend, 'metric_snapshots');
    const second = await backend.api.call('imports.run', { ...input, fileName: 'renamed.json' });
    expect(second).toMatchObject({ status: 'duplicate', batchId: first.batchId, format: 'amazon_seller_performance' });
    expect(countRows(backend, 'metric_snapshots')).toBe(rows);
  });

  it('keeps the original file, compressed, with its hash', async () => {
    const result = await backend.api.call('imports.run', { fileName: 'perf.json', contentBase64: fixture('seller-performance-us-jp.json'), storeId: usStore });
    const [batch] = backend.api.call('imports.history');
    expect(batch).toMatchObject({ id: result.batchId, sourceName: 'perf.json', status: 'committed', byteSize: readFileSync(join(FIXTURES, 'seller-performance-us-jp.json')).length });
    expect(batch?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(batch?.stores.map((s) => s.displayName).sort()).toEqual(['JP Store', 'US Flagship']);
  });
});

describe('importing tabular files', () => {
  it('imports the Storefleet long format with localized numbers and dates', async () => {
    const result = await backend.api.call('imports.run', { fileName: 'long.csv', contentBase64: fixture('long-utf8-bom.csv') });
    expect(result).toMatchObject({ status: 'imported', format: 'delimited', issueCount: 0 });
    const [odr] = backend.api.call('snapshots.list', { storeId: usStore, metricKey: 'amazon.odr_mfn' });
    expect(odr).toMatchObject({ value: 0.0085, numerator: 41, denominator: 4820, windowTo: '2026-10-31' });
  });

  it('rejects a file with bad cells, listing every one with line and column, and writes nothing', async () => {
    const result = await backend.api.call('imports.run', { fileName: 'bad.csv', contentBase64: fixture('long-bad-cells.csv') });
    expect(result.status).toBe('rejected');
    expect(result.issueCount).toBeGreaterThanOrEqual(6);
    expect(result.issues[0]).toMatchObject({ fileName: 'bad.csv', line: 2, column: 'date', value: '2026-02-30' });
    expect(countRows(backend, 'metric_snapshots')).toBe(0);
  });

  it('imports the valid rows and reports the rest when asked to skip invalid rows', async () => {
    const result = await backend.api.call('imports.run', { fileName: 'bad.csv', contentBase64: fixture('long-bad-cells.csv'), skipInvalid: true });
    expect(result.status).toBe('imported');
    expect(result.rowCount).toBeGreaterThan(0);
    expect(result.skippedCount).toBeGreaterThan(0);
    expect(backend.api.call('imports.history')[0]).toMatchObject({ skippedCount: result.skippedCount });
  });

  it('names an unknown store and a metric that does not apply to the store', async () => {
    const body = 'store,metric,date,value\nNo Such Store,amazon.odr_mfn,2026-10-31,0.5%\nUS Flagship,tiktok.shop_performance_score,2026-10-31,4.5\n';
    const result = await backend.api.call('imports.run', { fileName: 'x.csv', contentBase64: csv(body) });
    expect(result.issues.map((i) => [i.line, i.column, i.message])).toEqual([
      [2, 'store', 'no live store has the seller id or name "No Such Store"'],
      [3, 'metric', 'tiktok.shop_performance_score does not apply to amazon store "US Flagship"'],
    ]);
  });

  it('uses a chosen store for a file without a store column, through a saved mapping', async () => {
    backend.api.call('mappings.save', {
      name: 'erp-export',
      mapping: { kind: 'wide', columns: { store: 'shop', date: 'day' }, metrics: { 'Late %': 'amazon.late_shipment_rate' } },
    });
    const body = 'shop,day,Late %\n#' + usStore + ',2026-11-01,3.5%\n';
    const result = await backend.api.call('imports.run', { fileName: 'erp.csv', contentBase64: csv(body), mapping: 'erp-export' });
    expect(result).toMatchObject({ status: 'imported', rowCount: 1 });
    expect(backend.api.call('snapshots.list', { storeId: usStore, metricKey: 'amazon.late_shipment_rate' })[0]?.value).toBeCloseTo(0.035);
  });

  it('refuses an unknown mapping name and an empty or binary file', async () => {
    expect(appErrorOf(() => backend.api.call('mappings.remove', { name: 'nope' })).code).toBe('not_found');
    await expect(backend.api.call('imports.run', { fileName: 'x.csv', contentBase64: csv('a,b\n'), mapping: 'nope' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const junk = await backend.api.call('imports.run', { fileName: 'junk.bin', contentBase64: fixture('binary-junk.bin') });
    expect(junk.status).toBe('rejected');
    expect(junk.issues[0]?.message).toMatch(/junk\.bin/);
  });
});

describe('previewing and undoing', () => {
  it('previews without writing: format, header, first rows, record count and stores', async () => {
    const preview = await backend.api.call('imports.preview', { fileName: 'long.csv', contentBase64: fixture('long-utf8-bom.csv') });
    expect(preview).toMatchObject({ format: 'delimited', encoding: 'utf-8', issueCount: 0, duplicateOfBatchId: null, mappingName: 'storefleet-long' });
    expect(preview.header).toEqual(['store', 'metric', 'date', 'value', 'numerator', 'denominator']);
    expect(preview.sampleRows[0]?.[0]).toBe('US Flagship');
    expect(preview.stores.map((s) => s.displayName).sort()).toEqual(['JP Store', 'US Flagship']);
    expect(countRows(backend, 'metric_snapshots')).toBe(0);
    expect(countRows(backend, 'import_batches')).toBe(0);
  });

  it('undoes a batch: its numbers go, an earlier import of the same window counts again', async () => {
    const first = 'store,metric,date,value\nUS Flagship,amazon.odr_mfn,2026-11-01,0.4%\n';
    const second = 'store,metric,date,value\nUS Flagship,amazon.odr_mfn,2026-11-01,1.4%\n';
    await backend.api.call('imports.run', { fileName: 'a.csv', contentBase64: csv(first) });
    const later = await backend.api.call('imports.run', { fileName: 'b.csv', contentBase64: csv(second) });
    const odr = () => backend.api.call('snapshots.list', { storeId: usStore, metricKey: 'amazon.odr_mfn' })[0]?.value;
    expect(odr()).toBeCloseTo(0.014);
    expect(backend.api.call('alerts.list').some((a) => a.metricKey === 'amazon.odr_mfn' && a.kind === 'breach')).toBe(true);
    const undone = backend.api.call('imports.undo', { batchId: later.batchId! });
    expect(undone).toMatchObject({ status: 'undone', stores: [{ storeId: usStore, displayName: 'US Flagship' }] });
    expect(odr()).toBeCloseTo(0.004);
    expect(backend.api.call('alerts.list').some((a) => a.metricKey === 'amazon.odr_mfn' && a.kind === 'breach')).toBe(false);
    expect(appErrorOf(() => backend.api.call('imports.undo', { batchId: later.batchId! })).message).toContain('already undone');
    const again = await backend.api.call('imports.run', { fileName: 'b.csv', contentBase64: csv(second) });
    expect(again.status).toBe('imported');
  });
});

describe('imports as jobs', () => {
  const bigCsv = () => {
    const lines = ['store,metric,date,value'];
    for (let d = 0; d < 40_000; d++) lines.push(`US Flagship,amazon.odr_mfn,${new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10)},0.4%`);
    return Buffer.from(lines.join('\n')).toString('base64');
  };

  it('reports progress as job events while it reads a big file', async () => {
    const seen: number[] = [];
    backend.ctx.events.subscribe((event, payload) => {
      if (event === 'job.progress') seen.push((payload as { done: number; total: number }).done);
    });
    const result = await backend.api.call('imports.run', { fileName: 'big.csv', contentBase64: bigCsv(), jobId: 'job-1' });
    expect(result.rowCount).toBe(40_000);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('stops when cancelled, even while other calls wait, and writes nothing', async () => {
    let cancelled: Promise<unknown> | null = null;
    backend.ctx.events.subscribe((event) => {
      if (event === 'job.progress' && !cancelled) cancelled = backend.api.handle('jobs.cancel', { jobId: 'job-2' });
    });
    const run = backend.api.handle('imports.run', { fileName: 'big.csv', contentBase64: bigCsv(), jobId: 'job-2' });
    const queued = backend.api.handle('clients.list', undefined);
    const answer = await run;
    expect(await cancelled).toEqual({ ok: true, value: { cancelling: true } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict', message: 'big.csv was cancelled; nothing was written', details: { cancelled: true } } });
    expect(await queued).toMatchObject({ ok: true });
    expect(countRows(backend, 'metric_snapshots')).toBe(0);
    expect(countRows(backend, 'import_batches')).toBe(0);
    expect(await backend.api.handle('jobs.cancel', { jobId: 'job-2' })).toEqual({ ok: true, value: { cancelling: false } });
  });

  it('reports reading a workbook as work of unknown size, then writing it as the second half of the bar', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['store', 'metric', 'date', 'value']);
    for (let d = 0; d < 40_000; d++) sheet.addRow(['US Flagship', 'amazon.odr_mfn', new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10), '0.4%']);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const seen: Array<[number, number]> = [];
    backend.ctx.events.subscribe((event, payload) => {
      if (event === 'job.progress') seen.push([(payload as { done: number }).done, (payload as { total: number }).total]);
    });
    await backend.api.call('imports.run', { fileName: 'big.xlsx', contentBase64, jobId: 'job-x' });
    const reading = seen.filter(([, total]) => total === 0);
    const writing = seen.filter(([, total]) => total !== 0);
    expect(reading.length).toBeGreaterThan(0);
    expect(writing.every(([done, total]) => total === 1000 && done >= 500 && done <= 1000)).toBe(true);
    expect(writing.at(-1)).toEqual([1000, 1000]);
  });

  it('cancels a streamed XLSX import too', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['store', 'metric', 'date', 'value']);
    for (let d = 0; d < 40_000; d++) sheet.addRow(['US Flagship', 'amazon.odr_mfn', new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10), '0.4%']);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    backend.ctx.events.subscribe((event) => {
      if (event === 'job.progress') void backend.api.handle('jobs.cancel', { jobId: 'job-3' });
    });
    const answer = await backend.api.handle('imports.run', { fileName: 'big.xlsx', contentBase64, jobId: 'job-3' });
    expect(answer).toMatchObject({ ok: false, error: { details: { cancelled: true } } });
    expect(countRows(backend, 'metric_snapshots')).toBe(0);
  });
});

describe('writing an accepted file', () => {
  it('writes rows in any order; of two rows for one key the later wins, whatever columns each fills', async () => {
    const lines = ['store,metric,date,value,numerator,denominator'];
    const expected = new Map<string, [number, number | null, number | null]>();
    // 150 rows over 40 days, newest first, every day three times; every third row carries counts.
    for (let i = 0; i < 150; i++) {
      const day = new Date(Date.UTC(2026, 9, 40 - (i % 40))).toISOString().slice(0, 10);
      const counts = i % 3 === 0 ? [i, 1000] as const : null;
      lines.push(`US Flagship,amazon.odr_mfn,${day},${(i / 1000).toFixed(3)},${counts?.[0] ?? ''},${counts?.[1] ?? ''}`);
      expected.set(day, [i / 1000, counts?.[0] ?? null, counts?.[1] ?? null]);
    }
    const result = await backend.api.call('imports.run', { fileName: 'shuffled.csv', contentBase64: csv(lines.join('\n')) });
    expect(result).toMatchObject({ status: 'imported', rowCount: 150 });
    const rows = backend.ctx.workspace.sqlite
      .prepare('SELECT window_to AS day, value, numerator, denominator FROM metric_snapshots WHERE store_id = ? ORDER BY window_to')
      .all(usStore) as Array<{ day: string; value: number; numerator: number | null; denominator: number | null }>;
    expect(rows).toHaveLength(40);
    expect(new Map(rows.map((r) => [r.day, [r.value, r.numerator, r.denominator]]))).toEqual(expected);
  });

  it('stops when the cancel overtook the import it names (a file still uploading), and writes nothing', async () => {
    expect(await backend.api.handle('jobs.cancel', { jobId: 'job-early' })).toEqual({ ok: true, value: { cancelling: false } });
    const answer = await backend.api.handle('imports.run', { fileName: 'big.csv', contentBase64: csv('store,metric,date,value\nUS Flagship,amazon.odr_mfn,2026-11-01,0.4%\n'), jobId: 'job-early' });
    expect(answer).toMatchObject({ ok: false, error: { details: { cancelled: true } } });
    expect(countRows(backend, 'metric_snapshots')).toBe(0);
  });

  it('stops when cancelled while writing, and writes nothing', async () => {
    let cancelled: Promise<unknown> | null = null;
    backend.ctx.events.subscribe((event, payload) => {
      const { done, total } = payload as { done: number; total: number };
      if (event === 'job.progress' && done > total / 2 && !cancelled) cancelled = backend.api.handle('jobs.cancel', { jobId: 'job-w' });
    });
    const lines = ['store,metric,date,value'];
    for (let d = 0; d < 150_000; d++) lines.push(`US Flagship,amazon.odr_mfn,${new Date(Date.UTC(1700, 0, 1 + d)).toISOString().slice(0, 10)},0.4%`);
    const answer = await backend.api.handle('imports.run', { fileName: 'big.csv', contentBase64: csv(lines.join('\n')), jobId: 'job-w' });
    expect(cancelled).not.toBeNull();
    expect(answer).toMatchObject({ ok: false, error: { details: { cancelled: true } } });
    expect(countRows(backend, 'metric_snapshots')).toBe(0);
    expect(countRows(backend, 'import_batches')).toBe(0);
  });
});

describe('after a big import', () => {
  it('copies the write-ahead log into the file once the event loop is idle, and keeps checkpointing after', async () => {
    const body = ['store,metric,date,value', ...Array.from({ length: 5000 }, (_, d) => `US Flagship,amazon.odr_mfn,${new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10)},0.4%`)].join('\n');
    await backend.api.call('imports.run', { fileName: 'idle.csv', contentBase64: Buffer.from(body).toString('base64') });
    const { sqlite } = backend.ctx.workspace;
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(countRows(backend, 'metric_snapshots')).toBe(5000);
  });
});
