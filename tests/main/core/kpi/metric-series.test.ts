import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let storeId: number;
beforeEach(() => {
  backend = openTestBackend();
  const client = backend.api.call('clients.create', { name: 'Northpeak', language: 'en-US', reportingCurrency: 'USD' });
  storeId = backend.api.call('stores.create', {
    clientId: client.id, displayName: 'Northpeak US', platform: 'amazon', marketplace: 'US', sellerId: 'A1NP', stage: 'mature', status: 'active',
  }).id;
});
afterEach(() => backend.dispose());

const series = (input: { metricKeys?: string[]; from?: string; to?: string } = {}) =>
  backend.api.call('series.get', { storeId, from: '2026-11-01', to: '2026-11-19', ...input });

describe('series.get', () => {
  it('gives one point per reported day in the range, both ends included, judged by the catalog threshold', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-20', [0.002, 0.008, 0.012, 0.004]));
    const [odr] = series({ from: '2026-11-18', to: '2026-11-19' });
    expect(odr).toEqual({
      metricKey: 'amazon.odr_mfn',
      currency: null,
      thresholdOrigin: 'catalog',
      points: [
        { date: '2026-11-18', value: 0.008, status: 'watch', watch: 0.0075, breach: 0.01 },
        { date: '2026-11-19', value: 0.012, status: 'breach', watch: 0.0075, breach: 0.01 },
      ],
    });
  });

  it('judges each day by the threshold in force that day, so the chart can draw a line that moved', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.006, 0.006]));
    backend.api.call('thresholds.set', {
      scope: { storeId }, metricKey: 'amazon.odr_mfn', watch: 0.004, breach: 0.005, effectiveFrom: '2026-11-19', note: 'client wants < 0.5%',
    });
    const [odr] = series({ metricKeys: ['amazon.odr_mfn'] });
    expect(odr?.points.map(({ status, watch, breach }) => ({ status, watch, breach }))).toEqual([
      { status: 'ok', watch: 0.0075, breach: 0.01 },
      { status: 'breach', watch: 0.004, breach: 0.005 },
    ]);
    expect(odr?.thresholdOrigin).toBe('override');
  });

  it('draws the report\'s own target as the breach line where it judged the day, dropping a watch level beyond it', () => {
    seedSnapshots(backend, storeId, [
      { metricKey: 'amazon.on_time_delivery_rate', value: 0.95, windowTo: '2026-11-19', windowFrom: '2026-11-06', platformTarget: 0.97, platformTargetCondition: 'GREATER_THAN', platformStatus: 'BAD' },
      { metricKey: 'amazon.late_shipment_rate', value: 0.035, windowTo: '2026-11-19', windowFrom: '2026-10-21', platformTarget: 0.04, platformTargetCondition: 'LESS_THAN', platformStatus: 'GOOD' },
    ]);
    const [otdr, lsr] = series({ metricKeys: ['amazon.on_time_delivery_rate', 'amazon.late_shipment_rate'] });
    expect(otdr).toMatchObject({ thresholdOrigin: 'platform_report', points: [{ value: 0.95, status: 'breach', breach: 0.97, watch: null }] });
    expect(lsr).toMatchObject({ thresholdOrigin: 'platform_report', points: [{ value: 0.035, status: 'watch', breach: 0.04, watch: 0.03 }] });
  });

  it('keeps the later import of a day, and of two windows ending that day the shorter one, as the matrix does', () => {
    const lsr = (value: number, windowFrom: string) => ({ metricKey: 'amazon.late_shipment_rate', value, windowTo: '2026-11-19', windowFrom });
    seedSnapshots(backend, storeId, [lsr(0.09, '2026-11-10')]);
    seedSnapshots(backend, storeId, [lsr(0.02, '2026-10-21'), lsr(0.05, '2026-11-10')]);
    backend.api.call('evaluation.run');
    const cell = backend.api.call('matrix.get', { storeId })[0]!.cells.find((c) => c.metricKey === 'amazon.late_shipment_rate');
    const [point] = series({ metricKeys: ['amazon.late_shipment_rate'] })[0]!.points;
    expect(point).toMatchObject({ date: '2026-11-19', value: 0.05, status: 'breach' });
    expect(cell).toMatchObject({ value: point!.value, status: point!.status });
  });

  it('gives money in major units of its currency', () => {
    const { sqlite } = backend.ctx.workspace;
    const batch = seedSnapshots(backend, storeId, []);
    sqlite
      .prepare("INSERT INTO metric_snapshots (store_id, metric_key, amount_minor, currency, window_from, window_to, import_batch_id) VALUES (?, 'amazon.ordered_product_sales', 1234567, 'USD', '2026-11-19', '2026-11-19', ?)")
      .run(storeId, batch);
    expect(series()).toEqual([
      { metricKey: 'amazon.ordered_product_sales', currency: 'USD', thresholdOrigin: null, points: [{ date: '2026-11-19', value: 12345.67, status: 'ok', watch: null, breach: null }] },
    ]);
  });

  it('without metric keys lists only the metrics with a number in the range', () => {
    seedSnapshots(backend, storeId, [
      ...dailySeries('amazon.odr_mfn', '2026-11-19', [0.003]),
      ...dailySeries('amazon.late_shipment_rate', '2026-10-20', [0.01]),
      { metricKey: 'amazon.account_status', value: null, windowTo: '2026-11-19', platformStatus: 'NORMAL' },
    ]);
    expect(series().map((s) => s.metricKey)).toEqual(['amazon.odr_mfn']);
  });

  it('with metric keys answers one series per key in the order asked, empty where there is no data', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.003]));
    const answer = series({ metricKeys: ['amazon.valid_tracking_rate', 'amazon.odr_mfn'] });
    expect(answer.map((s) => [s.metricKey, s.points.length])).toEqual([['amazon.valid_tracking_rate', 0], ['amazon.odr_mfn', 1]]);
    expect(answer[0]?.thresholdOrigin).toBeNull();
  });

  it('refuses unknown metric keys by position, an unknown store, a reversed range and one over 400 days', () => {
    const unknown = appErrorOf(() => series({ metricKeys: ['amazon.odr_mfn', 'amazon.mood'] }));
    expect(unknown.details?.issues).toEqual([expect.objectContaining({ field: 'metricKeys.1', code: 'unknown_metric' })]);
    expect(appErrorOf(() => backend.api.call('series.get', { storeId: 99, from: '2026-11-01', to: '2026-11-19' })).message).toBe('Store 99 does not exist');
    expect(appErrorOf(() => series({ from: '2026-11-20' })).details?.issues?.[0]).toMatchObject({ field: 'to', code: 'before_from' });
    expect(appErrorOf(() => series({ from: '2025-10-15' })).details?.issues?.[0]).toMatchObject({ field: 'to', code: 'range_too_long' });
    expect(series({ from: '2025-10-16' })).toEqual([]);
  });
});
