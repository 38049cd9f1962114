import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractInput, seedAgency, seedMoney, type Agency } from '../../../helpers/contract-fixtures';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let agency: Agency;
let contractId: number;
beforeEach(() => {
  backend = openTestBackend(() => new Date('2026-11-20T09:30:00Z'));
  agency = seedAgency(backend);
  contractId = backend.api.call('contracts.create', contractInput(agency, { startDate: '2026-09-01' })).id;
});
afterEach(() => backend.dispose());

const setTarget = (input: { metricKey?: string; storeId?: number | null; targetValue?: number; targetDate?: string; baselineValue?: number | null }) =>
  backend.api.call('contracts.targets.set', { contractId, metricKey: 'amazon.odr_mfn', storeId: agency.jpStoreId, targetValue: 0.005, targetDate: '2027-03-31', ...input });

describe('KPI target baselines', () => {
  it('captures the baseline from the snapshot of the last day on or before the contract start, naming its day and batch', () => {
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-09-02', [0.013, 0.012, 0.02]));
    const batch = Number((backend.ctx.workspace.sqlite.prepare('SELECT max(id) AS id FROM import_batches').get() as { id: number }).id);
    expect(setTarget({})).toMatchObject({
      baselineValue: 0.012,
      baselineSource: 'snapshot',
      baselineDate: '2026-09-01',
      baselineImportBatchIds: [batch],
      baselineSetBy: 'system',
      currency: null,
    });
  });

  it('ignores data older than a month before the start because it says nothing about the start', () => {
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-07-15', [0.012]));
    expect(setTarget({})).toMatchObject({ baselineValue: null, baselineSource: null, baselineDate: null, baselineImportBatchIds: [] });
  });

  it('over all covered stores, averages rates and adds up money in the stores\' one currency', () => {
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-09-01', [0.012]));
    seedSnapshots(backend, agency.usStoreId, dailySeries('amazon.odr_mfn', '2026-08-30', [0.008]));
    expect(setTarget({ storeId: null })).toMatchObject({ baselineValue: 0.01, baselineDate: '2026-09-01', storeName: null });
    seedMoney(backend, agency.usStoreId, 'amazon.ordered_product_sales', 'USD', [['2026-09-01', 123_456]]);
    expect(setTarget({ metricKey: 'amazon.ordered_product_sales', storeId: agency.usStoreId, targetValue: 2000 })).toMatchObject({ baselineValue: 1234.56, currency: 'USD' });
  });

  it('keeps a typed baseline as "manual", keeps it on a later edit, and captures again when asked with null', () => {
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-09-01', [0.012]));
    expect(setTarget({ baselineValue: 0.015 })).toMatchObject({ baselineValue: 0.015, baselineSource: 'manual', baselineSetBy: 'test', baselineDate: null });
    expect(setTarget({ targetValue: 0.004 })).toMatchObject({ baselineValue: 0.015, baselineSource: 'manual', targetValue: 0.004 });
    expect(setTarget({ baselineValue: null })).toMatchObject({ baselineValue: 0.012, baselineSource: 'snapshot' });
    expect(backend.api.call('contracts.get', { id: contractId }).targets).toHaveLength(1);
  });

  it('captures snapshot baselines again when the contract start moves, leaving typed ones alone', () => {
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-10-01', Array.from({ length: 31 }, (_, i) => 0.01 + i * 0.0001)));
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.valid_tracking_rate', '2026-09-01', [0.96]));
    const captured = setTarget({});
    setTarget({ metricKey: 'amazon.valid_tracking_rate', targetValue: 0.98, baselineValue: 0.9 });
    backend.api.call('contracts.update', { id: contractId, patch: { startDate: '2026-09-15' } });
    const targets = backend.api.call('contracts.get', { id: contractId }).targets;
    expect(targets.find((t) => t.id === captured.id)).toMatchObject({ baselineDate: '2026-09-15', baselineValue: 0.0114 });
    expect(targets.find((t) => t.metricKey === 'amazon.valid_tracking_rate')).toMatchObject({ baselineValue: 0.9, baselineSource: 'manual' });
  });

  it('refuses an unknown metric, a store outside the contract, a platform status and a target date before the start', () => {
    const field = (input: Parameters<typeof setTarget>[0]) => appErrorOf(() => setTarget(input)).details?.issues?.map((i) => `${i.field}:${i.code}`);
    expect(field({ metricKey: 'amazon.nope' })).toEqual(['metricKey:unknown_metric']);
    expect(field({ storeId: agency.tiktokStoreId })).toEqual(['storeId:not_covered']);
    expect(field({ metricKey: 'amazon.account_status' })).toEqual(['metricKey:not_numeric']);
    expect(field({ metricKey: 'tiktok.gmv' })).toEqual(['metricKey:not_reported']);
    expect(field({ targetDate: '2026-08-31' })).toEqual(['targetDate:before_start']);
    expect(appErrorOf(() => backend.api.call('contracts.targets.set', { contractId: 999, metricKey: 'amazon.odr_mfn', storeId: null, targetValue: 1, targetDate: '2027-01-01' })).code).toBe(
      'not_found',
    );
    expect(backend.api.call('contracts.get', { id: contractId }).targets).toEqual([]);
  });

  it('removes a target by id', () => {
    const target = setTarget({});
    expect(backend.api.call('contracts.targets.remove', { id: target.id })).toEqual({ removed: true });
    expect(appErrorOf(() => backend.api.call('contracts.targets.remove', { id: target.id })).code).toBe('not_found');
  });
});

describe('KPI target progress', () => {
  it('shows baseline → current → target and the share of the way, with the daily values behind it', () => {
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-09-01', [0.012]));
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.009, 0.008]));
    setTarget({});
    const [progress] = backend.api.call('contracts.progress', { id: contractId });
    expect(progress).toMatchObject({ baselineValue: 0.012, currentValue: 0.008, currentDate: '2026-11-19', targetValue: 0.005, status: 'in_progress' });
    expect(progress!.progress).toBeCloseTo(4 / 7, 10);
    expect(progress!.points).toEqual([
      { date: '2026-09-01', value: 0.012 },
      { date: '2026-11-18', value: 0.009 },
      { date: '2026-11-19', value: 0.008 },
    ]);
  });

  it('calls a target achieved once the value is on the right side of it, and missed once its date passed without', () => {
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.valid_tracking_rate', '2026-11-19', [0.985]));
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.009]));
    setTarget({ metricKey: 'amazon.valid_tracking_rate', targetValue: 0.98, baselineValue: 0.95 });
    setTarget({ targetDate: '2026-10-31', baselineValue: 0.008 });
    const byMetric = new Map(backend.api.call('contracts.progress', { id: contractId }).map((p) => [p.metricKey, p]));
    expect(byMetric.get('amazon.valid_tracking_rate')).toMatchObject({ status: 'achieved' });
    expect(byMetric.get('amazon.valid_tracking_rate')!.progress).toBeCloseTo(35 / 30, 10);
    // Worse than its baseline: a negative share of the way.
    expect(byMetric.get('amazon.odr_mfn')).toMatchObject({ status: 'missed' });
    expect(byMetric.get('amazon.odr_mfn')!.progress).toBeCloseTo(-1 / 3, 10);
  });

  it('shows no share of the way for a target on the worse side of its baseline: it is held or not', () => {
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.03]));
    setTarget({ targetValue: 0.005, baselineValue: 0.001 });
    const [progress] = backend.api.call('contracts.progress', { id: contractId });
    expect(progress).toMatchObject({ progress: null, status: 'in_progress', currentValue: 0.03 });
  });

  it('has no current value for money over stores reporting in different currencies, and says why', () => {
    seedMoney(backend, agency.jpStoreId, 'amazon.ordered_product_sales', 'JPY', [['2026-11-19', 500_000]]);
    seedMoney(backend, agency.usStoreId, 'amazon.ordered_product_sales', 'USD', [['2026-11-19', 300_000]]);
    setTarget({ metricKey: 'amazon.ordered_product_sales', storeId: null, targetValue: 1_000_000 });
    const [progress] = backend.api.call('contracts.progress', { id: contractId });
    expect(progress).toMatchObject({ currentValue: null, status: 'no_data', currency: null });
    expect(progress!.note).toContain('different currencies (JPY, USD)');
  });
});
