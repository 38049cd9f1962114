import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreInput } from '../../../../src/shared/api/store-schemas';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let clientId: number;
beforeEach(() => {
  backend = openTestBackend();
  clientId = backend.api.call('clients.create', { name: 'Kitsune Outdoor', language: 'ja-JP', reportingCurrency: 'JPY' }).id;
});
afterEach(() => backend.dispose());

const store = (overrides: Partial<StoreInput> = {}): StoreInput => ({
  clientId,
  displayName: 'Kitsune JP',
  platform: 'amazon',
  marketplace: 'JP',
  sellerId: 'A2JPSELLER01',
  stage: 'growth',
  status: 'active',
  ...overrides,
});

describe('stores', () => {
  it('takes time zone and currency from the marketplace when not given (Amazon JP counts days in Tokyo)', () => {
    const created = backend.api.call('stores.create', store());
    expect(created).toMatchObject({ timeZone: 'Asia/Tokyo', currency: 'JPY', clientName: 'Kitsune Outdoor' });
    const us = backend.api.call('stores.create', store({ marketplace: 'US', sellerId: 'A1USSELLER' }));
    expect(us).toMatchObject({ timeZone: 'America/Los_Angeles', currency: 'USD' });
  });

  it('keeps an explicit time zone and currency', () => {
    const created = backend.api.call('stores.create', store({ timeZone: 'Asia/Shanghai', currency: 'CNY' }));
    expect(created).toMatchObject({ timeZone: 'Asia/Shanghai', currency: 'CNY' });
  });

  it('refuses a second store with the same platform, marketplace and seller id, naming the existing store', () => {
    backend.api.call('stores.create', store());
    const error = appErrorOf(() => backend.api.call('stores.create', store({ displayName: 'Copy' })));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('already used by store "Kitsune JP" of client "Kitsune Outdoor"');
    expect(error.details?.issues?.[0]).toMatchObject({ field: 'sellerId', code: 'duplicate' });
    expect(countRows(backend, 'stores')).toBe(1);
  });

  it('allows the same seller id on another marketplace or platform', () => {
    backend.api.call('stores.create', store());
    expect(() => backend.api.call('stores.create', store({ marketplace: 'US' }))).not.toThrow();
    expect(() => backend.api.call('stores.create', store({ platform: 'tiktok_shop' }))).not.toThrow();
  });

  it('refuses an update that would collide with another store and leaves both unchanged', () => {
    backend.api.call('stores.create', store());
    const other = backend.api.call('stores.create', store({ sellerId: 'A2OTHER', displayName: 'Other' }));
    const error = appErrorOf(() => backend.api.call('stores.update', { id: other.id, patch: { sellerId: 'A2JPSELLER01' } }));
    expect(error.code).toBe('conflict');
    expect(backend.api.call('stores.get', { id: other.id }).sellerId).toBe('A2OTHER');
  });

  it('refuses a store for a client that does not exist or is archived', () => {
    expect(appErrorOf(() => backend.api.call('stores.create', store({ clientId: 404 }))).details?.issues?.[0]).toMatchObject({
      field: 'clientId',
      code: 'not_found',
    });
    backend.api.call('clients.archive', { id: clientId });
    expect(appErrorOf(() => backend.api.call('stores.create', store())).details?.issues?.[0]).toMatchObject({
      field: 'clientId',
      code: 'archived',
    });
    expect(countRows(backend, 'stores')).toBe(0);
  });

  it('refuses an unknown time zone, marketplace and platform with one issue per field', () => {
    const error = appErrorOf(() =>
      backend.api.call('stores.create', store({ timeZone: 'Mars/Olympus', marketplace: 'XX' as 'US', platform: 'ebay' as 'amazon' })),
    );
    expect(error.details?.issues?.map((i) => i.field).sort()).toEqual(['marketplace', 'platform', 'timeZone']);
    expect(countRows(backend, 'stores')).toBe(0);
  });

  it('refuses a seller id with spaces or symbols', () => {
    const error = appErrorOf(() => backend.api.call('stores.create', store({ sellerId: 'A2 JP; DROP' })));
    expect(error.details?.issues?.[0]?.field).toBe('sellerId');
  });

  it('archives and restores a store, and a restored store keeps its identity', () => {
    const created = backend.api.call('stores.create', store());
    backend.api.call('stores.archive', { id: created.id });
    expect(backend.api.call('stores.list')).toEqual([]);
    expect(appErrorOf(() => backend.api.call('stores.create', store())).message).toContain('(archived)');
    expect(backend.api.call('stores.restore', { id: created.id }).archivedAt).toBeNull();
  });

  it('filters by client and searches by seller id, category and manager', () => {
    backend.api.call('stores.create', store({ category: 'Sports & Outdoors', accountManager: '李娜' }));
    const other = backend.api.call('clients.create', { name: 'Other', language: 'en-US', reportingCurrency: 'USD' });
    backend.api.call('stores.create', store({ clientId: other.id, sellerId: 'ZZZ', displayName: 'Other US', marketplace: 'US' }));
    expect(backend.api.call('stores.list', { clientId: other.id }).map((s) => s.displayName)).toEqual(['Other US']);
    expect(backend.api.call('stores.list', { search: '李娜' }).map((s) => s.displayName)).toEqual(['Kitsune JP']);
    expect(backend.api.call('stores.list', { search: 'zzz' }).map((s) => s.displayName)).toEqual(['Other US']);
  });
});
