import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

const opened: TestBackend[] = [];
afterEach(() => opened.splice(0).forEach((b) => b.dispose()));

function demo(options: { seed?: number; endDate?: string; stores?: number; days?: number; clients?: number } = {}) {
  const backend = openTestBackend();
  opened.push(backend);
  backend.api.call('workspace.initialise', { mode: 'demo', demo: { clients: 4, stores: 10, days: 30, endDate: '2026-11-19', ...options } });
  return backend;
}

function fingerprint(backend: TestBackend): string {
  const rows = backend.ctx.workspace.sqlite
    .prepare(
      `SELECT s.seller_id, s.display_name, m.metric_key, m.value, m.amount_minor, m.numerator, m.denominator, m.window_from, m.window_to
       FROM metric_snapshots m JOIN stores s ON s.id = m.store_id ORDER BY m.store_id, m.metric_key, m.window_to`,
    )
    .all();
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

describe('demo workspace', () => {
  it('gives the same data for the same seed and end date', () => {
    expect(fingerprint(demo({ seed: 7 }))).toBe(fingerprint(demo({ seed: 7 })));
  });

  it('gives different data for another seed', () => {
    expect(fingerprint(demo({ seed: 7 }))).not.toBe(fingerprint(demo({ seed: 8 })));
  });

  it('covers Amazon US and JP, TikTok Shop, Shopify and interest e-commerce across several clients', () => {
    const backend = demo();
    const stores = backend.api.call('stores.list');
    expect(stores).toHaveLength(10);
    expect(new Set(stores.map((s) => `${s.platform}:${s.marketplace}`))).toEqual(
      new Set(['amazon:US', 'amazon:JP', 'tiktok_shop:US', 'shopify:US', 'other:US']),
    );
    expect(new Set(stores.map((s) => s.clientId)).size).toBe(4);
    expect(stores.find((s) => s.marketplace === 'JP')?.timeZone).toBe('Asia/Tokyo');
  });

  it('keeps rates as fractions with their counts, money as minor units, and windows ending on each day', () => {
    const backend = demo({ days: 30 });
    const odr = backend.ctx.workspace.sqlite
      .prepare("SELECT * FROM metric_snapshots WHERE metric_key = 'amazon.odr_mfn' ORDER BY window_to LIMIT 1")
      .get() as Record<string, number | string>;
    expect(odr.window_from).toBe('2026-08-23');
    expect(odr.window_to).toBe('2026-10-21');
    expect(Number(odr.value)).toBeCloseTo(Number(odr.numerator) / Number(odr.denominator), 10);
    expect(Number(odr.value)).toBeLessThan(0.05);
    expect(odr.platform_target).toBe(0.01);
    const sales = backend.ctx.workspace.sqlite
      .prepare("SELECT amount_minor, currency, value FROM metric_snapshots WHERE metric_key = 'amazon.ordered_product_sales' LIMIT 1")
      .get() as { amount_minor: number; currency: string; value: null };
    expect(Number.isInteger(sales.amount_minor)).toBe(true);
    expect(sales.value).toBeNull();
  });

  it('has healthy stores, stores drifting towards a breach and stores already breached', () => {
    const backend = demo({ stores: 14, days: 90 });
    const worst = backend.api.call('matrix.get').map((row) => row.worstStatus);
    expect(worst).toContain('ok');
    expect(worst).toContain('breach');
    expect(worst.some((w) => w === 'watch') || backend.api.call('alerts.list', { kind: 'projected_breach' }).length > 0).toBe(true);
    const statuses = new Set(backend.api.call('stores.list').map((s) => s.status));
    expect(statuses).toEqual(new Set(['active', 'at_risk', 'suspended']));
  });

  it('writes every snapshot under one undoable import batch', () => {
    const backend = demo();
    const batches = backend.ctx.workspace.sqlite.prepare('SELECT id, source, row_count FROM import_batches').all() as { row_count: number }[];
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ source: 'demo', row_count: countRows(backend, 'metric_snapshots') });
  });

  it('refuses to add demo data to a workspace that already has clients, and writes nothing', () => {
    const backend = demo();
    const before = countRows(backend, 'metric_snapshots');
    const error = appErrorOf(() => backend.api.call('workspace.initialise', { mode: 'demo' }));
    expect(error.code).toBe('conflict');
    expect(countRows(backend, 'metric_snapshots')).toBe(before);
  });

  it('refuses impossible options, naming them', () => {
    const backend = openTestBackend();
    opened.push(backend);
    const error = appErrorOf(() =>
      backend.api.call('workspace.initialise', { mode: 'demo', demo: { days: 0, endDate: '2026-02-30' } }),
    );
    expect(error.details?.issues?.map((i) => i.field)).toEqual(['demo.days', 'demo.endDate']);
    expect(countRows(backend, 'clients')).toBe(0);
    expect(backend.api.call('workspace.info').initialised).toBe(false);
  });
});

describe('demo coverage', () => {
  it('has snapshots for every metric of the catalog', async () => {
    const { METRIC_CATALOG } = await import('../../../../src/shared/metrics/metric-catalog');
    const backend = demo({ stores: 10, days: 5 });
    const keys = backend.ctx.workspace.sqlite.prepare('SELECT DISTINCT metric_key FROM metric_snapshots').pluck().all();
    expect(METRIC_CATALOG.map((m) => m.key).filter((key) => !keys.includes(key))).toEqual([]);
  });
});
