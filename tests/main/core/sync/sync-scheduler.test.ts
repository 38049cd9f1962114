import { describe, expect, it } from 'vitest';
import { retryDelayMinutes } from '../../../../src/main/core/sync/sync-state-service';
import { memorySecretStore, testNetwork } from '../../../helpers/fake-apis/test-network';
import { openTestBackend } from '../../../helpers/temp-workspace';

describe('sync backoff', () => {
  it('waits 5, 10, 20 … minutes after consecutive failures, at most a day', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMinutes(n, 'server', 360))).toEqual([5, 10, 20, 40]);
    expect(retryDelayMinutes(20, 'report_fatal', 360)).toBe(24 * 60);
  });

  it('looks again after 5 minutes when offline, however many failures came before', () => {
    expect(retryDelayMinutes(9, 'offline', 360)).toBe(5);
  });

  it('keeps to the interval after a cancel because the user stopped it, not the platform', () => {
    expect(retryDelayMinutes(0, 'cancelled', 360)).toBe(360);
  });
});

describe('the scheduler', () => {
  it('starts only enabled stores whose next run is due', async () => {
    let now = new Date('2026-11-20T09:30:00Z');
    const backend = openTestBackend(() => now, { secrets: memorySecretStore(), network: testNetwork().net });
    try {
      const client = backend.api.call('clients.create', { name: 'C', language: 'en-US', reportingCurrency: 'USD' });
      const store = (sellerId: string, marketplace: 'US' | 'JP') =>
        backend.api.call('stores.create', { clientId: client.id, platform: 'amazon', sellerId, stage: 'mature', status: 'active', displayName: sellerId, marketplace }).id;
      const due = store('A1', 'US');
      const disabled = store('A2', 'US');
      backend.api.call('sync.configure', { storeId: due, provider: 'amazon', intervalMinutes: 60 });
      backend.api.call('sync.configure', { storeId: disabled, provider: 'amazon', enabled: false });
      expect(await backend.ctx.sync.runDue()).toEqual([due]);
      // It failed (no credentials): the next run waits for the backoff, not the interval.
      await backend.ctx.sync.idle();
      const [status] = backend.api.call('sync.status', { storeId: due });
      expect(status).toMatchObject({ lastErrorCode: 'invalid_input', consecutiveFailures: 1, nextRunAt: '2026-11-20T09:35:00.000Z' });
      expect(status!.lastError).toMatch(/no amazon client_id, client_secret, refresh_token in the keychain/);
      expect(await backend.ctx.sync.runDue()).toEqual([]);
      now = new Date('2026-11-20T09:36:00Z');
      expect(await backend.ctx.sync.runDue()).toEqual([due]);
      await backend.ctx.sync.idle();
    } finally {
      backend.dispose();
    }
  });

  it('refuses to sync a store of a platform without a connector', () => {
    const backend = openTestBackend(undefined, { secrets: memorySecretStore() });
    try {
      const client = backend.api.call('clients.create', { name: 'C', language: 'en-US', reportingCurrency: 'USD' });
      const shop = backend.api.call('stores.create', { clientId: client.id, platform: 'shopify', sellerId: 's', stage: 'mature', status: 'active', displayName: 'S', marketplace: 'US' });
      expect(() => backend.api.call('sync.now', { storeId: shop.id })).toThrow(/only Amazon and TikTok Shop stores can sync/);
    } finally {
      backend.dispose();
    }
  });
});
