import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keytarSecretStore } from '../../../../src/main/core/credentials/keytar-secret-store';
import type { SecretStore } from '../../../../src/main/core/credentials/secret-store';
import { AMAZON_SECRETS, startFakeAmazon } from '../../../helpers/fake-apis/fake-amazon';
import { testNetwork } from '../../../helpers/fake-apis/test-network';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';
import { hasSecretService, testKeychainService } from './keychain-support';

const FIXTURES = join(__dirname, '../../../fixtures/imports');
const ROOT = resolve(__dirname, '../../../..');

let backend: TestBackend;
let keychain: SecretStore;
let storeId: number;

beforeEach(() => {
  keychain = keytarSecretStore(testKeychainService());
  backend = openTestBackend(undefined, { secrets: keychain, network: testNetwork().net });
  const client = backend.api.call('clients.create', { name: 'Lumora', language: 'zh-CN', reportingCurrency: 'CNY' });
  const base = { clientId: client.id, platform: 'amazon', sellerId: 'A1LUMORA', stage: 'mature', status: 'active' } as const;
  storeId = backend.api.call('stores.create', { ...base, displayName: 'US Flagship', marketplace: 'US' }).id;
  // The seller performance fixture covers both marketplaces of the seller account.
  backend.api.call('stores.create', { ...base, displayName: 'JP Store', marketplace: 'JP' });
});
afterEach(async () => {
  for (const credential of backend.api.call('credentials.list', {})) await backend.api.call('credentials.remove', { id: credential.id });
  backend.dispose();
});

async function storeAmazonSecrets(): Promise<void> {
  for (const [name, secret] of Object.entries(AMAZON_SECRETS)) {
    await backend.api.call('credentials.set', { storeId, provider: 'amazon', name: name as keyof typeof AMAZON_SECRETS, secret, label: 'Seller Central app' });
  }
}

describe.skipIf(!hasSecretService)('credentials in a real OS keychain (gnome-keyring)', () => {
  it('keeps the secret in the keychain and only a reference in the database', async () => {
    await storeAmazonSecrets();
    const listed = backend.api.call('credentials.list', { storeId });
    expect(listed.map((c) => c.name).sort()).toEqual(['client_id', 'client_secret', 'refresh_token']);
    expect(JSON.stringify(listed)).not.toContain(AMAZON_SECRETS.client_secret);
    expect(await keychain.get(`store-${storeId}/amazon/client_secret`)).toBe(AMAZON_SECRETS.client_secret);
  });

  it('counts a replacement as a rotation and removes the secret from the keychain with its reference', async () => {
    await storeAmazonSecrets();
    const rotated = await backend.api.call('credentials.set', { storeId, provider: 'amazon', name: 'refresh_token', secret: 'Atzr|new-one', rotationReminderOn: '2027-05-01' });
    expect(rotated).toMatchObject({ lastRotatedAt: '2026-11-20T09:30:00.000Z', rotationReminderOn: '2027-05-01', label: 'Seller Central app' });
    await backend.api.call('credentials.remove', { id: rotated.id });
    expect(await keychain.get(`store-${storeId}/amazon/refresh_token`)).toBeNull();
    expect(countRows(backend, 'credentials')).toBe(2);
  });

  it('never lets a secret reach the database file, the audit log or any export, though every read is audited', async () => {
    await storeAmazonSecrets();
    const fake = await startFakeAmazon({ statuses: {}, documents: {
      GET_V2_SELLER_PERFORMANCE_REPORT: readFileSync(join(FIXTURES, 'seller-performance-us-jp.json')),
      GET_SALES_AND_TRAFFIC_REPORT: readFileSync(join(FIXTURES, 'sales-traffic-us.json')),
    } });
    try {
      backend.api.call('sync.configure', { storeId, provider: 'amazon', endpoint: fake.url });
      expect(await backend.ctx.sync.syncNow(storeId).outcome).toMatchObject({ ok: true });
      expect(await backend.api.call('credentials.test', { storeId })).toMatchObject({ ok: true });
    } finally {
      await fake.close();
    }
    const reads = backend.ctx.workspace.sqlite.prepare("SELECT actor, details FROM audit_log WHERE action = 'credential.read'").all() as { actor: string; details: string }[];
    // Three secrets, read for the sync and for the test.
    expect(reads).toHaveLength(6);
    expect(reads.map((r) => JSON.parse(r.details) as { purpose: string }).map((d) => d.purpose)).toEqual(expect.arrayContaining(['sync', 'connection test']));

    const exports = await Promise.all(
      (['csv', 'xlsx'] as const).map((format) => backend.api.call('matrix.export', { format, storeIds: [storeId], metricKeys: ['amazon.odr_mfn', 'amazon.ordered_product_sales'], language: 'en-US' })),
    );
    backend.ctx.workspace.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const haystacks = [readFileSync(backend.file), ...exports.map((e) => Buffer.from(e.base64, 'base64'))];
    for (const secret of [AMAZON_SECRETS.client_secret, AMAZON_SECRETS.refresh_token]) {
      for (const haystack of haystacks) expect(haystack.includes(Buffer.from(secret))).toBe(false);
    }
  });
});

describe('without a keychain', () => {
  it('refuses to store and says so, writing no reference', async () => {
    const refusing: SecretStore = {
      get: () => Promise.reject(new Error('unreachable')),
      set: () => Promise.reject(new Error('unreachable')),
      remove: () => Promise.reject(new Error('unreachable')),
    };
    const { keychainUnavailable } = await import('../../../../src/main/core/credentials/keytar-secret-store');
    const offline = openTestBackend(undefined, {
      secrets: { ...refusing, set: () => Promise.reject(keychainUnavailable('no Secret Service')) },
    });
    try {
      const client = offline.api.call('clients.create', { name: 'Lumora', language: 'zh-CN', reportingCurrency: 'CNY' });
      const store = offline.api.call('stores.create', { clientId: client.id, platform: 'amazon', sellerId: 'A1', stage: 'mature', status: 'active', displayName: 'US', marketplace: 'US' });
      await expect(offline.api.call('credentials.set', { storeId: store.id, provider: 'amazon', name: 'client_secret', secret: 'x' })).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringMatching(/No OS keychain is available.*nothing was stored/),
      });
      expect(countRows(offline, 'credentials')).toBe(0);
    } finally {
      offline.dispose();
    }
  });

  it('turns keytar failing to reach a Secret Service into that refusal', () => {
    const script = `import('./src/main/core/credentials/keytar-secret-store.ts').then((m) => (m.keytarSecretStore ?? m.default.keytarSecretStore)('Storefleet-test').set('a', 'b')).then(() => console.log('stored'), (e) => console.log(e.code, e.message))`;
    const env = { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: '' };
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout).toMatch(/^unavailable No OS keychain is available/);
  });
});
