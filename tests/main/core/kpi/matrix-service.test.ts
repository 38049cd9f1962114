import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let storeIds: number[];
beforeEach(() => {
  backend = openTestBackend(() => new Date('2026-11-20T09:30:00Z'));
  const clientId = backend.api.call('clients.create', { name: 'Northpeak', language: 'en-US', reportingCurrency: 'USD' }).id;
  storeIds = ['US', 'JP'].map(
    (marketplace) =>
      backend.api.call('stores.create', {
        clientId, displayName: `Northpeak ${marketplace}`, platform: 'amazon', marketplace: marketplace as 'US' | 'JP', sellerId: `A${marketplace}`, stage: 'mature', status: 'active',
      }).id,
  );
  for (const id of storeIds) {
    seedSnapshots(backend, id, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
    seedSnapshots(backend, id, dailySeries('amazon.late_shipment_rate', '2026-11-19', [0.01]));
  }
  backend.api.call('evaluation.run');
});
afterEach(() => backend.dispose());

describe('matrix.get', () => {
  it('keeps a store judged on all its metrics when a column set shows only some of them', () => {
    const [full] = backend.api.call('matrix.get', { storeId: storeIds[0] });
    const [narrowed] = backend.api.call('matrix.get', { storeId: storeIds[0], metricKeys: ['amazon.late_shipment_rate'] });
    expect(full!.worstStatus).toBe('breach');
    expect(narrowed!.cells.map((cell) => cell.metricKey)).toEqual(['amazon.late_shipment_rate']);
    expect([narrowed!.healthScore, narrowed!.worstStatus]).toEqual([full!.healthScore, 'breach']);
  });

  it('answers one store the same whether the whole matrix is cached or not', () => {
    const cold = backend.api.call('matrix.get', { storeId: storeIds[1] });
    const all = backend.api.call('matrix.get');
    expect(all.map((row) => row.storeId).sort()).toEqual([...storeIds].sort());
    expect(backend.api.call('matrix.get', { storeId: storeIds[1] })).toEqual(cold);
    expect(all.find((row) => row.storeId === storeIds[1])).toEqual(cold[0]);
  });
});
