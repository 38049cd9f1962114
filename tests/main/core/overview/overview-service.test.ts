import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let now: Date;
let clientId: number;
beforeEach(() => {
  now = new Date('2026-11-20T09:30:00Z');
  backend = openTestBackend(() => now);
  clientId = backend.api.call('clients.create', { name: 'Northpeak', language: 'en-US', reportingCurrency: 'USD' }).id;
});
afterEach(() => backend.dispose());

function store(name: string): number {
  return backend.api.call('stores.create', {
    clientId, displayName: name, platform: 'amazon', marketplace: 'US', sellerId: `A${name}`, stage: 'mature', status: 'active',
  }).id;
}

describe('overview.get', () => {
  it('summarises live stores from the evaluated matrix and the alerts the inbox shows', () => {
    const healthy = store('Healthy');
    const breached = store('Breached');
    const stale = store('Stale');
    const archived = store('Archived');
    seedSnapshots(backend, healthy, dailySeries('amazon.odr_mfn', '2026-11-19', [0.002]));
    seedSnapshots(backend, breached, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    seedSnapshots(backend, stale, dailySeries('amazon.odr_mfn', '2026-11-10', [0.002]));
    seedSnapshots(backend, archived, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    backend.api.call('evaluation.run');
    backend.api.call('stores.archive', { id: archived });

    const overview = backend.api.call('overview.get');
    expect(overview.storesByStatus).toEqual({ ok: 1, watch: 0, breach: 1, no_data: 0, stale: 1 });
    // The breach of the live store and the stale data notice; an archived store's alerts leave the inbox.
    expect(overview.openAlertsBySeverity).toEqual({ critical: 1, warning: 0, info: 1 });
    expect(overview.atRisk.map((s) => [s.displayName, s.healthScore, s.breaches])).toEqual([['Breached', 75, 1], ['Stale', 95, 0]]);
    expect(overview.stale).toEqual([expect.objectContaining({ storeId: stale, lastDataDate: '2026-11-10', staleMetrics: 1, platform: 'amazon', marketplace: 'US' })]);
    expect(overview.slaDueSoon).toEqual([]);
  });

  it('counts a snoozed alert again once its snooze has passed', () => {
    const id = store('Breached');
    seedSnapshots(backend, id, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    backend.api.call('evaluation.run');
    backend.api.call('alerts.snooze', { id: backend.api.call('alerts.list')[0]!.id, until: '2026-11-21' });
    expect(backend.api.call('overview.get').openAlertsBySeverity.critical).toBe(0);
    now = new Date('2026-11-22T08:00:00Z');
    expect(backend.api.call('overview.get').openAlertsBySeverity.critical).toBe(1);
  });

  it('answers zeros and empty lists for an empty workspace', () => {
    const overview = backend.api.call('overview.get');
    expect(Object.values(overview.storesByStatus).every((n) => n === 0)).toBe(true);
    expect(overview.atRisk).toEqual([]);
  });
});
