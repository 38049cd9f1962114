import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AMAZON_SECRETS, startFakeAmazon, type FakeAmazon } from '../../../helpers/fake-apis/fake-amazon';
import { memorySecretStore, testNetwork } from '../../../helpers/fake-apis/test-network';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

const FIXTURES = join(__dirname, '../../../fixtures/imports');
const DOCUMENTS = {
  GET_V2_SELLER_PERFORMANCE_REPORT: readFileSync(join(FIXTURES, 'seller-performance-us-jp.json')),
  GET_SALES_AND_TRAFFIC_REPORT: readFileSync(join(FIXTURES, 'sales-traffic-us.json')),
};

let backend: TestBackend;
let fake: FakeAmazon | null = null;
let waits: number[];
let storeId: number;

beforeEach(async () => {
  const network = testNetwork();
  waits = network.waits;
  backend = openTestBackend(undefined, { secrets: memorySecretStore(), network: network.net });
  const client = backend.api.call('clients.create', { name: 'Lumora', language: 'zh-CN', reportingCurrency: 'CNY' });
  const base = { clientId: client.id, platform: 'amazon', sellerId: 'A1LUMORA', stage: 'mature', status: 'active' } as const;
  storeId = backend.api.call('stores.create', { ...base, displayName: 'US Flagship', marketplace: 'US' }).id;
  backend.api.call('stores.create', { ...base, displayName: 'JP Store', marketplace: 'JP' });
  for (const [name, secret] of Object.entries(AMAZON_SECRETS)) {
    await backend.api.call('credentials.set', { storeId, provider: 'amazon', name: name as keyof typeof AMAZON_SECRETS, secret });
  }
});
afterEach(async () => {
  backend.dispose();
  await fake?.close();
  fake = null;
});

async function syncAgainst(script: Parameters<typeof startFakeAmazon>[0]) {
  fake = await startFakeAmazon(script);
  backend.api.call('sync.configure', { storeId, provider: 'amazon', endpoint: fake.url });
  return backend.ctx.sync.syncNow(storeId).outcome;
}

describe('Amazon SP-API sync', () => {
  it('signs in with the LWA form fields, sends x-amz-access-token, polls to DONE and imports both gzip documents as api batches', async () => {
    const outcome = await syncAgainst({
      statuses: { GET_V2_SELLER_PERFORMANCE_REPORT: ['IN_QUEUE', 'IN_PROGRESS', 'DONE'], GET_SALES_AND_TRAFFIC_REPORT: ['DONE'] },
      documents: DOCUMENTS,
    });
    expect(outcome).toMatchObject({ ok: true, summary: { batches: 2 } });
    const form = fake!.tokenRequests[0]!;
    expect(Object.fromEntries(form)).toEqual({ grant_type: 'refresh_token', ...AMAZON_SECRETS });
    expect(fake!.tokenRequests).toHaveLength(1);
    expect(fake!.spApiCalls.every((call) => call.headers['x-amz-access-token'] === 'Atza|access-1')).toBe(true);
    const create = JSON.parse(fake!.spApiCalls[0]!.body) as { reportType: string; marketplaceIds: string[] };
    expect(create).toEqual({ reportType: 'GET_V2_SELLER_PERFORMANCE_REPORT', marketplaceIds: ['ATVPDKIKX0DER'] });
    expect(fake!.downloads.every((d) => d.headers['x-amz-access-token'] === undefined)).toBe(true);
    // Two polls that were not DONE: two backoff waits, growing.
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    const batches = backend.api.call('imports.history', { storeId });
    expect(batches.map((b) => b.source).sort()).toEqual(['api', 'api']);
    const [odr] = backend.api.call('snapshots.list', { storeId, metricKey: 'amazon.odr_mfn' });
    expect(odr).toMatchObject({ numerator: 41, denominator: 4820, source: 'api' });
    const [status] = backend.api.call('sync.status', { storeId });
    expect(status).toMatchObject({ lastSuccessAt: expect.any(String), lastError: null, consecutiveFailures: 0, nextRunAt: '2026-11-20T15:30:00.000Z' });
  });

  it('undoes a synced batch like a file import because it went through the same importer', async () => {
    await syncAgainst({ statuses: {}, documents: DOCUMENTS });
    const [latest] = backend.api.call('imports.history', { storeId });
    backend.api.call('imports.undo', { batchId: latest!.id });
    expect(backend.api.call('imports.history', { storeId })[0]!.status).toBe('undone');
    expect(countRows(backend, 'import_files')).toBe(2);
  });

  it('treats CANCELLED as no data, imports the other report and succeeds', async () => {
    const outcome = await syncAgainst({ statuses: { GET_SALES_AND_TRAFFIC_REPORT: ['IN_PROGRESS', 'CANCELLED'] }, documents: DOCUMENTS });
    expect(outcome).toMatchObject({ ok: true, summary: { batches: 1, reports: expect.arrayContaining(['GET_SALES_AND_TRAFFIC_REPORT: no data']) } });
  });

  it('keeps what arrived when a report ends FATAL, records the error in plain words and backs off', async () => {
    const outcome = await syncAgainst({ statuses: { GET_V2_SELLER_PERFORMANCE_REPORT: ['IN_QUEUE', 'FATAL'] }, documents: DOCUMENTS });
    expect(outcome).toMatchObject({ ok: false, failure: 'report_fatal', summary: { batches: 1 } });
    const [status] = backend.api.call('sync.status', { storeId });
    expect(status!.lastError).toMatch(/FATAL.*again later/);
    expect(status).toMatchObject({ lastErrorCode: 'report_fatal', consecutiveFailures: 1, nextRunAt: '2026-11-20T09:35:00.000Z' });
  });

  it('waits what Retry-After says on 429 and then goes on', async () => {
    const outcome = await syncAgainst({ statuses: {}, documents: DOCUMENTS, rateLimitCreates: { times: 2, retryAfter: '3' } });
    expect(outcome.ok).toBe(true);
    expect(waits).toEqual([3000, 3000]);
  });

  it('signs in again once when Amazon says the access token expired mid-flow', async () => {
    const outcome = await syncAgainst({ statuses: { GET_V2_SELLER_PERFORMANCE_REPORT: ['IN_PROGRESS', 'DONE'] }, documents: DOCUMENTS, expireFirstTokenAfter: 2 });
    expect(outcome.ok).toBe(true);
    expect(fake!.tokenRequests).toHaveLength(2);
    expect(fake!.spApiCalls.at(-1)!.headers['x-amz-access-token']).toBe('Atza|access-2');
  });

  it('says the credentials were refused, naming where to replace them, when LWA rejects the refresh token', async () => {
    await backend.api.call('credentials.set', { storeId, provider: 'amazon', name: 'refresh_token', secret: 'Atzr|revoked' });
    const outcome = await syncAgainst({ statuses: {}, documents: DOCUMENTS });
    expect(outcome).toMatchObject({ ok: false, failure: 'auth', message: expect.stringMatching(/invalid_grant.*Settings → Connections/) });
    expect(countRows(backend, 'import_batches')).toBe(0);
  });

  it('reports offline, without counting a failure, when nothing listens at the endpoint', async () => {
    fake = await startFakeAmazon({ statuses: {}, documents: DOCUMENTS });
    const deadUrl = fake.url;
    await fake.close();
    fake = null;
    backend.api.call('sync.configure', { storeId, provider: 'amazon', endpoint: deadUrl });
    const outcome = await backend.ctx.sync.syncNow(storeId).outcome;
    expect(outcome).toMatchObject({ ok: false, failure: 'offline' });
    expect(backend.api.call('sync.status', { storeId })[0]).toMatchObject({ consecutiveFailures: 0, lastErrorCode: 'offline' });
  });

  it('never runs two syncs of one store at once because the second request joins the first', async () => {
    fake = await startFakeAmazon({ statuses: {}, documents: DOCUMENTS });
    backend.api.call('sync.configure', { storeId, provider: 'amazon', endpoint: fake.url });
    const first = backend.ctx.sync.syncNow(storeId);
    const second = backend.api.call('sync.now', { storeId });
    expect(first.started).toBe(true);
    expect(second).toEqual({ storeId, started: false, reason: 'already_running' });
    await first.outcome;
    expect(fake.tokenRequests).toHaveLength(1);
  });

  it('stops at its next step when cancelled and keeps to its schedule because the user stopped it', async () => {
    fake = await startFakeAmazon({ statuses: {}, documents: DOCUMENTS });
    backend.api.call('sync.configure', { storeId, provider: 'amazon', endpoint: fake.url });
    const { outcome } = backend.ctx.sync.syncNow(storeId);
    expect(backend.api.call('jobs.cancel', { jobId: `sync-${storeId}` })).toEqual({ cancelling: true });
    expect(await outcome).toMatchObject({ ok: false, failure: 'cancelled', message: expect.stringMatching(/cancelled; reports it had already imported stay imported/) });
    expect(backend.api.call('sync.status', { storeId })[0]).toMatchObject({ consecutiveFailures: 0, nextRunAt: '2026-11-20T15:30:00.000Z' });
  });
});
