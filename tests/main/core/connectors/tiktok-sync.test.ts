import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeTikTok, TIKTOK_SECRETS, TIKTOK_SHOP, type FakeTikTok, type TikTokScript } from '../../../helpers/fake-apis/fake-tiktok';
import { memorySecretStore, testNetwork } from '../../../helpers/fake-apis/test-network';
import { FIXED_NOW, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let fake: FakeTikTok | null = null;
let keychain: ReturnType<typeof memorySecretStore>;
let storeId: number;
const INTERVALS: TikTokScript['intervals'] = [
  { start_date: '2026-11-17', end_date: '2026-11-18', gmv: { amount: '1234.50', currency: 'USD' }, conversion_rate: '0.0213' },
  { start_date: '2026-11-18', end_date: '2026-11-19', gmv: { amount: '980.00', currency: 'USD' }, conversion_rate: '0.0187' },
];

beforeEach(async () => {
  keychain = memorySecretStore();
  backend = openTestBackend(undefined, { secrets: keychain, network: testNetwork().net });
  const client = backend.api.call('clients.create', { name: 'Lumora', language: 'zh-CN', reportingCurrency: 'CNY' });
  storeId = backend.api.call('stores.create', {
    clientId: client.id, platform: 'tiktok_shop', sellerId: TIKTOK_SHOP.code, stage: 'growth', status: 'active', displayName: 'Lumora TikTok US', marketplace: 'US',
  }).id;
  for (const [name, secret] of Object.entries(TIKTOK_SECRETS)) {
    await backend.api.call('credentials.set', { storeId, provider: 'tiktok', name: name as keyof typeof TIKTOK_SECRETS, secret });
  }
});
afterEach(async () => {
  backend.dispose();
  await fake?.close();
  fake = null;
});

async function syncAgainst(script: TikTokScript) {
  fake = await startFakeTikTok(script, Math.floor(FIXED_NOW.getTime() / 1000));
  backend.api.call('sync.configure', { storeId, provider: 'tiktok', endpoint: fake.url });
  return backend.ctx.sync.syncNow(storeId).outcome;
}

describe('TikTok Shop sync', () => {
  it('signs every call as the fake recomputes it, finds the shop_cipher and imports GMV and conversion per day', async () => {
    const outcome = await syncAgainst({ expiry: 'relative', intervals: INTERVALS });
    expect(outcome).toMatchObject({ ok: true, summary: { batches: 1, records: 4 } });
    expect(fake!.apiCalls.map((c) => c.path)).toEqual(['/authorization/202309/shops', '/analytics/202405/shop/performance']);
    expect(fake!.apiCalls[1]!.query.get('shop_cipher')).toBe(TIKTOK_SHOP.cipher);
    expect(fake!.apiCalls.every((c) => c.headers['x-tts-access-token'] === TIKTOK_SECRETS.access_token)).toBe(true);
    const gmv = backend.api.call('snapshots.list', { storeId, metricKey: 'tiktok.gmv' });
    expect(gmv.map((s) => [s.windowFrom, s.amountMinor, s.currency, s.source])).toEqual(
      expect.arrayContaining([['2026-11-17', 123450, 'USD', 'api'], ['2026-11-18', 98000, 'USD', 'api']]),
    );
  });

  it.each(['relative', 'absolute'] as const)('renews an expired access token, keeps both new tokens in the keychain and dates the reminder (%s expiry)', async (expiry) => {
    const outcome = await syncAgainst({ expiry, accessTokenExpired: true, intervals: INTERVALS });
    expect(outcome.ok).toBe(true);
    expect(fake!.refreshes).toHaveLength(1);
    expect([...keychain.values.values()]).toEqual(expect.arrayContaining(['ROW_access-new', 'ROW_refresh-new']));
    const refresh = backend.api.call('credentials.list', { storeId }).find((c) => c.name === 'refresh_token');
    expect(refresh).toMatchObject({ lastRotatedAt: FIXED_NOW.toISOString(), rotationReminderOn: '2027-01-19' });
  });

  it('refuses plainly when the refresh token is no longer valid', async () => {
    await backend.api.call('credentials.set', { storeId, provider: 'tiktok', name: 'refresh_token', secret: 'ROW_refresh-revoked' });
    const outcome = await syncAgainst({ expiry: 'relative', accessTokenExpired: true, intervals: INTERVALS });
    expect(outcome).toMatchObject({ ok: false, failure: 'auth', message: expect.stringMatching(/authorise the shop again/) });
  });

  it('names the authorised shops when the store seller id is not among them', async () => {
    backend.api.call('stores.update', { id: storeId, patch: { sellerId: 'OTHER' } });
    const outcome = await syncAgainst({ expiry: 'relative', intervals: INTERVALS });
    expect(outcome).toMatchObject({ ok: false, failure: 'not_configured', message: expect.stringContaining(TIKTOK_SHOP.code) });
  });

  it('tests a connection with one signed call and imports nothing', async () => {
    fake = await startFakeTikTok({ expiry: 'relative', intervals: INTERVALS }, 0);
    const result = await backend.api.call('credentials.test', { storeId, endpoint: fake.url });
    expect(result).toMatchObject({ ok: true, code: null });
    expect(backend.api.call('imports.history', { storeId })).toEqual([]);
  });
});
