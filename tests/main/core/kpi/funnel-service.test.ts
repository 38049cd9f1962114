import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let storeId: number;
beforeEach(() => {
  backend = openTestBackend();
  const client = backend.api.call('clients.create', { name: 'Jade Fitness', language: 'zh-CN', reportingCurrency: 'CNY' });
  storeId = backend.api.call('stores.create', {
    clientId: client.id, displayName: 'Jade TikTok US', platform: 'tiktok_shop', marketplace: 'US', sellerId: '7001', stage: 'growth', status: 'active',
  }).id;
});
afterEach(() => backend.dispose());

describe('funnel.get', () => {
  it('builds the funnel over the range from the daily snapshots, both ends included', () => {
    seedSnapshots(backend, storeId, [
      ...dailySeries('funnel.impressions', '2026-11-19', [99_999, 10_000, 30_000]),
      ...dailySeries('funnel.clicks', '2026-11-19', [999, 300, 500]),
      ...dailySeries('funnel.add_to_cart_rate', '2026-11-19', [0.9, 0.1, 0.04]),
      ...dailySeries('funnel.orders', '2026-11-19', [99, 12, 14]),
    ]);
    const funnel = backend.api.call('funnel.get', { storeId, from: '2026-11-18', to: '2026-11-19' });
    expect(funnel).toMatchObject({ from: '2026-11-18', to: '2026-11-19', weakestStep: 'clicks' });
    expect(funnel.steps.map((s) => s.count)).toEqual([40_000, 800, 50, 26]);
  });

  it('uses the later import where two batches reported the same day', () => {
    seedSnapshots(backend, storeId, dailySeries('funnel.orders', '2026-11-19', [5]));
    seedSnapshots(backend, storeId, dailySeries('funnel.orders', '2026-11-19', [7]));
    expect(backend.api.call('funnel.get', { storeId, from: '2026-11-19', to: '2026-11-19' }).steps.at(-1)?.count).toBe(7);
  });

  it('answers null counts and no weakest step for a store without funnel data', () => {
    const funnel = backend.api.call('funnel.get', { storeId, from: '2026-11-01', to: '2026-11-19' });
    expect(funnel.steps.map((s) => s.count)).toEqual([null, null, null, null]);
    expect(funnel.weakestStep).toBeNull();
  });

  it('refuses an unknown store, a reversed range and a range over 400 days', () => {
    expect(appErrorOf(() => backend.api.call('funnel.get', { storeId: 99, from: '2026-11-01', to: '2026-11-19' })).code).toBe('not_found');
    expect(appErrorOf(() => backend.api.call('funnel.get', { storeId, from: '2026-11-19', to: '2026-11-01' })).details?.issues?.[0]?.code).toBe('before_from');
    const long = appErrorOf(() => backend.api.call('funnel.get', { storeId, from: '2025-10-15', to: '2026-11-19' }));
    expect(long.message).toBe('to: the range covers 401 days; ask for at most 400 at a time');
  });
});
