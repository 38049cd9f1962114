import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
beforeEach(() => {
  backend = openTestBackend();
});
afterEach(() => backend.dispose());

const lumora = { name: 'Lumora Home 光墨家居', language: 'zh-CN', reportingCurrency: 'CNY' } as const;

describe('clients', () => {
  it('creates a client with trimmed text, blank optional fields as null, and an audit entry', () => {
    const client = backend.api.call('clients.create', { ...lumora, name: '  Lumora Home 光墨家居 ', contactName: '', notes: ' VIP ' });
    expect(client).toMatchObject({ name: 'Lumora Home 光墨家居', contactName: null, notes: 'VIP', storeCount: 0, archivedAt: null });
    expect(client.createdAt).toBe('2026-11-20T09:30:00.000Z');
    const audit = backend.ctx.workspace.sqlite.prepare('SELECT actor, action, entity, entity_id FROM audit_log').all();
    expect(audit).toEqual([{ actor: 'test', action: 'create', entity: 'client', entity_id: client.id }]);
  });

  it('refuses a blank name, a bad e-mail and an unknown language, naming each field, and writes nothing', () => {
    const error = appErrorOf(() =>
      backend.api.call('clients.create', { name: '  ', contactEmail: 'not-an-email', language: 'fr-FR' as 'zh-CN', reportingCurrency: 'CNY' }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues?.map((i) => [i.field, i.code])).toEqual([
      ['name', 'required'],
      ['contactEmail', 'invalid_format'],
      ['language', 'invalid_value'],
    ]);
    expect(error.message).toMatch(/name: is required/);
    expect(countRows(backend, 'clients')).toBe(0);
    expect(countRows(backend, 'audit_log')).toBe(0);
  });

  it('refuses fields the contract does not know', () => {
    const error = appErrorOf(() => backend.api.call('clients.create', { ...lumora, password: 'x' } as typeof lumora));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/password/);
  });

  it('records only the fields that changed when updating', () => {
    const client = backend.api.call('clients.create', lumora);
    const updated = backend.api.call('clients.update', { id: client.id, patch: { language: 'en-US', name: lumora.name } });
    expect(updated.language).toBe('en-US');
    const details = backend.ctx.workspace.sqlite
      .prepare("SELECT details FROM audit_log WHERE action = 'update'")
      .pluck()
      .get() as string;
    expect(JSON.parse(details)).toEqual({ language: ['zh-CN', 'en-US'] });
  });

  it('answers not_found for a client that does not exist', () => {
    expect(appErrorOf(() => backend.api.call('clients.update', { id: 999, patch: { name: 'x' } })).code).toBe('not_found');
  });

  it('archives a client together with its live stores, hides them from lists, and restores the client', () => {
    const client = backend.api.call('clients.create', lumora);
    backend.api.call('stores.create', {
      clientId: client.id, displayName: 'Lumora US', platform: 'amazon', marketplace: 'US', sellerId: 'A1B2C3', stage: 'growth', status: 'active',
    });
    const archived = backend.api.call('clients.archive', { id: client.id });
    expect(archived.archivedAt).toBe('2026-11-20T09:30:00.000Z');
    expect(backend.api.call('clients.list')).toEqual([]);
    expect(backend.api.call('stores.list')).toEqual([]);
    expect(backend.api.call('clients.list', { includeArchived: true })).toHaveLength(1);
    expect(backend.api.call('clients.restore', { id: client.id }).archivedAt).toBeNull();
  });

  it('searches by name, contact and e-mail', () => {
    backend.api.call('clients.create', lumora);
    backend.api.call('clients.create', { name: 'Kitsune Outdoor', contactEmail: 'sato@kitsune.example', language: 'ja-JP', reportingCurrency: 'JPY' });
    expect(backend.api.call('clients.list', { search: 'kitsune.example' }).map((c) => c.name)).toEqual(['Kitsune Outdoor']);
    expect(backend.api.call('clients.list', { search: '光墨' }).map((c) => c.name)).toEqual([lumora.name]);
  });

  it('counts only each client\'s own live stores', () => {
    const a = backend.api.call('clients.create', lumora);
    const b = backend.api.call('clients.create', { name: 'Other', language: 'en-US', reportingCurrency: 'USD' });
    const base = { displayName: 'S', platform: 'amazon', marketplace: 'US', stage: 'growth', status: 'active' } as const;
    backend.api.call('stores.create', { ...base, clientId: a.id, sellerId: 'A1' });
    const archived = backend.api.call('stores.create', { ...base, clientId: a.id, sellerId: 'A2' });
    backend.api.call('stores.create', { ...base, clientId: b.id, sellerId: 'B1' });
    backend.api.call('stores.archive', { id: archived.id });
    const counts = Object.fromEntries(backend.api.call('clients.list').map((c) => [c.name, c.storeCount]));
    expect(counts).toEqual({ [lumora.name]: 1, Other: 1 });
  });
});
