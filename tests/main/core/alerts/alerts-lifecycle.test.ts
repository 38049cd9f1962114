import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let storeId: number;
let now = new Date('2026-11-20T09:30:00Z');

beforeEach(() => {
  now = new Date('2026-11-20T09:30:00Z');
  backend = openTestBackend(() => now);
  const client = backend.api.call('clients.create', { name: 'Northpeak', language: 'en-US', reportingCurrency: 'USD' });
  storeId = backend.api.call('stores.create', {
    clientId: client.id, displayName: 'Northpeak US', platform: 'amazon', marketplace: 'US', sellerId: 'A1NP', stage: 'mature', status: 'active',
  }).id;
});
afterEach(() => backend.dispose());

const odrAlerts = () => backend.api.call('alerts.list', { status: 'all' }).filter((a) => a.metricKey === 'amazon.odr_mfn');

describe('alerts from evaluation', () => {
  it('opens one breach alert per store × metric and does not duplicate it on re-evaluation', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.011, 0.012]));
    backend.api.call('evaluation.run');
    backend.api.call('evaluation.run');
    const open = odrAlerts();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ kind: 'breach', severity: 'critical', status: 'open', dataDate: '2026-11-19', value: 0.012 });
  });

  it('resolves the alert by itself when the metric recovers, keeping its history', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-18', [0.012]));
    backend.api.call('evaluation.run');
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.004]));
    backend.api.call('evaluation.run');
    const [alert] = odrAlerts().filter((a) => a.kind === 'breach');
    expect(alert?.status).toBe('resolved');
    expect(backend.api.call('alerts.history', { id: alert!.id }).map((e) => e.action)).toEqual(['auto_resolved', 'opened']);
  });

  it('warns of a projected breach before it happens', () => {
    const rising = Array.from({ length: 20 }, (_, i) => 0.004 + i * 0.0002);
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', rising));
    backend.api.call('evaluation.run');
    const projected = odrAlerts().find((a) => a.kind === 'projected_breach');
    expect(projected?.detail).toMatchObject({ daysToBreach: 12 });
  });

  it('follows the alert horizon set for the workspace: a breach 12 days out is no warning at 7 days', () => {
    const rising = Array.from({ length: 20 }, (_, i) => 0.004 + i * 0.0002);
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', rising));
    backend.api.call('evaluation.run');
    expect(odrAlerts().find((a) => a.kind === 'projected_breach')?.status).toBe('open');
    expect(backend.api.call('settings.update', { alertProjectionDays: 7 })).toMatchObject({ alertProjectionDays: 7 });
    expect(odrAlerts().find((a) => a.kind === 'projected_breach')?.status).toBe('resolved');
    expect(appErrorOf(() => backend.api.call('settings.update', { alertProjectionDays: 0 })).details?.issues?.[0]?.field).toBe('alertProjectionDays');
    expect(backend.api.call('settings.get')).toMatchObject({ alertProjectionDays: 7 });
  });

  it('flags stale data once the refresh period and grace have passed', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-10', [0.003]));
    backend.api.call('evaluation.run');
    expect(odrAlerts().map((a) => a.kind)).toEqual(['stale']);
    const cell = backend.api.call('matrix.get', { storeId }).at(0)?.cells.find((c) => c.metricKey === 'amazon.odr_mfn');
    expect(cell?.status).toBe('stale');
  });

  it('raises an account status alert when Amazon reports the account AT_RISK', () => {
    seedSnapshots(backend, storeId, [{ metricKey: 'amazon.account_status', value: null, windowTo: '2026-11-19', platformStatus: 'AT_RISK' }]);
    backend.api.call('evaluation.run');
    const alerts = backend.api.call('alerts.list').filter((a) => a.kind === 'account_status');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.detail).toEqual({ platformStatus: 'AT_RISK' });
  });

  it('lets users acknowledge, assign, comment and snooze, and hides snoozed alerts until the date', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    backend.api.call('evaluation.run');
    const id = odrAlerts()[0]!.id;
    expect(backend.api.call('alerts.acknowledge', { id }).status).toBe('acknowledged');
    expect(backend.api.call('alerts.assign', { id, assignee: '李娜' }).assignee).toBe('李娜');
    backend.api.call('alerts.comment', { id, note: 'Carrier switched on 11-18' });
    backend.api.call('alerts.snooze', { id, until: '2026-11-25' });
    expect(backend.api.call('alerts.list').map((a) => a.id)).not.toContain(id);
    now = new Date('2026-11-26T00:00:00Z');
    expect(backend.api.call('alerts.list').map((a) => a.id)).toContain(id);
    expect(backend.api.call('alerts.history', { id }).map((e) => e.action)).toEqual(['snoozed', 'commented', 'assigned', 'acknowledged', 'opened']);
  });

  it('refuses a snooze date in the past and actions on a resolved alert', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    backend.api.call('evaluation.run');
    const id = odrAlerts()[0]!.id;
    expect(appErrorOf(() => backend.api.call('alerts.snooze', { id, until: '2026-11-20' })).details?.issues?.[0]?.field).toBe('until');
    backend.api.call('alerts.resolve', { id, note: 'appeal accepted' });
    expect(appErrorOf(() => backend.api.call('alerts.acknowledge', { id })).message).toContain('already resolved');
  });
});

describe('threshold targets', () => {
  it('judges by the store override from its effective date and re-evaluates at once', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.006]));
    backend.api.call('evaluation.run');
    const cell = () => backend.api.call('matrix.get', { storeId })[0]!.cells.find((c) => c.metricKey === 'amazon.odr_mfn')!;
    expect(cell()).toMatchObject({ status: 'ok', thresholdOrigin: 'catalog', breach: 0.01 });
    backend.api.call('thresholds.set', {
      scope: { storeId }, metricKey: 'amazon.odr_mfn', watch: 0.004, breach: 0.005, effectiveFrom: '2026-11-01', note: 'client wants < 0.5%',
    });
    expect(cell()).toMatchObject({ status: 'breach', thresholdOrigin: 'override', breach: 0.005, thresholdSource: 'client wants < 0.5%' });
  });

  it('names the override as the origin even when the report carries its own target', () => {
    seedSnapshots(backend, storeId, [{ metricKey: 'amazon.late_shipment_rate', value: 0.03, windowTo: '2026-11-19', platformTarget: 0.04, platformTargetCondition: 'LESS_THAN', platformStatus: 'GOOD' }]);
    backend.api.call('thresholds.set', {
      scope: { storeId }, metricKey: 'amazon.late_shipment_rate', watch: 0.015, breach: 0.025, effectiveFrom: '2026-01-01', note: 'agency target',
    });
    const cell = backend.api.call('matrix.get', { storeId })[0]!.cells.find((c) => c.metricKey === 'amazon.late_shipment_rate');
    expect(cell).toMatchObject({ status: 'breach', thresholdOrigin: 'override', breach: 0.025 });
  });

  it('uses a client contract target for every store of the client', () => {
    const client = backend.api.call('stores.get', { id: storeId }).clientId;
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.006]));
    backend.api.call('thresholds.set', {
      scope: { clientId: client }, metricKey: 'amazon.odr_mfn', watch: null, breach: 0.006, effectiveFrom: '2026-01-01', note: 'contract 2026',
    });
    const row = backend.api.call('matrix.get', { storeId })[0]!;
    expect(row.cells.find((c) => c.metricKey === 'amazon.odr_mfn')).toMatchObject({ status: 'breach', thresholdOrigin: 'contract' });
  });

  it('refuses targets that make no sense and writes nothing', () => {
    const base = { scope: { storeId }, metricKey: 'amazon.odr_mfn', effectiveFrom: '2026-11-01', note: 'x' };
    expect(appErrorOf(() => backend.api.call('thresholds.set', { ...base, watch: 0.02, breach: 0.01 })).details?.issues?.[0]?.field).toBe('watch');
    expect(appErrorOf(() => backend.api.call('thresholds.set', { ...base, watch: null, breach: 1.5 })).message).toContain('fractions');
    expect(appErrorOf(() => backend.api.call('thresholds.set', { ...base, metricKey: 'amazon.mood', watch: null, breach: 1 })).details?.issues?.[0]?.code).toBe('unknown_metric');
    expect(backend.api.call('thresholds.list', { storeId })).toEqual([]);
  });
});

describe('matrix', () => {
  it('scores a store 100 when all is well and lower with a breach', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.002]));
    backend.api.call('evaluation.run');
    expect(backend.api.call('matrix.get', { storeId })[0]).toMatchObject({ healthScore: 100, worstStatus: 'ok' });
    seedSnapshots(backend, storeId, dailySeries('amazon.late_shipment_rate', '2026-11-19', [0.05]));
    backend.api.call('evaluation.run');
    expect(backend.api.call('matrix.get', { storeId })[0]).toMatchObject({ healthScore: 75, worstStatus: 'breach' });
  });

  it('lets a later import of the same window win, and shows the platform target as the threshold origin', () => {
    seedSnapshots(backend, storeId, [{ metricKey: 'amazon.odr_mfn', value: 0.02, windowTo: '2026-11-19', windowFrom: '2026-09-21' }]);
    seedSnapshots(backend, storeId, [{ metricKey: 'amazon.odr_mfn', value: 0.003, windowTo: '2026-11-19', windowFrom: '2026-09-21', platformTarget: 0.01, platformTargetCondition: 'LESS_THAN', platformStatus: 'GOOD' }]);
    backend.api.call('evaluation.run');
    const cell = backend.api.call('matrix.get', { storeId })[0]!.cells.find((c) => c.metricKey === 'amazon.odr_mfn');
    expect(cell).toMatchObject({ value: 0.003, status: 'ok', thresholdOrigin: 'platform_report' });
    expect(backend.api.call('snapshots.list', { storeId, metricKey: 'amazon.odr_mfn' }).map((s) => s.value)).toEqual([0.003]);
  });
});

describe('applied thresholds', () => {
  it('lists every applicable metric with the threshold it is judged by, data or not', () => {
    seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.003]));
    backend.api.call('evaluation.run');
    backend.api.call('thresholds.set', { scope: { storeId }, metricKey: 'amazon.late_shipment_rate', watch: null, breach: 0.03, effectiveFrom: '2026-01-01', note: 'agency' });
    const applied = backend.api.call('thresholds.applied', { storeId });
    expect(applied.find((c) => c.metricKey === 'amazon.odr_mfn')).toMatchObject({ status: 'ok', value: 0.003, thresholdOrigin: 'catalog' });
    expect(applied.find((c) => c.metricKey === 'amazon.late_shipment_rate')).toMatchObject({ status: 'no_data', breach: 0.03, thresholdOrigin: 'override' });
    expect(applied.find((c) => c.metricKey === 'amazon.valid_tracking_rate')).toMatchObject({ status: 'no_data', breach: 0.95, thresholdOrigin: 'catalog' });
    expect(backend.api.call('matrix.get', { storeId })[0]!.cells.map((c) => c.metricKey)).toEqual(['amazon.odr_mfn']);
  });
});
