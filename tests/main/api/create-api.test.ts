import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api/create-api';
import { openTestBackend, type TestBackend } from '../../helpers/temp-workspace';

let backend: TestBackend;
beforeEach(() => {
  backend = openTestBackend();
});
afterEach(() => backend.dispose());

describe('the API as transports see it', () => {
  it('answers an unknown procedure with unknown_procedure instead of throwing', async () => {
    expect(await backend.api.handle('clients.drop', {})).toEqual({
      ok: false,
      error: { code: 'unknown_procedure', message: 'Unknown procedure: clients.drop' },
    });
    expect(await backend.api.handle({ toString: () => 'x' }, {})).toMatchObject({ ok: false, error: { code: 'unknown_procedure' } });
  });

  it('answers prototype keys as unknown procedures', async () => {
    expect(await backend.api.handle('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_procedure' } });
    expect(await backend.api.handle('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_procedure' } });
  });

  it('validates untrusted input and reports every issue by field', async () => {
    const result = await backend.api.handle('stores.create', { clientId: '1', displayName: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.details?.issues?.map((i) => i.field)).toEqual(
      expect.arrayContaining(['clientId', 'displayName', 'platform', 'marketplace', 'sellerId', 'stage', 'status']),
    );
  });

  it('hides unexpected failures behind a generic message and reports them to the host', async () => {
    const seen: string[] = [];
    const fresh = openTestBackend();
    try {
      const api = createApi(fresh.ctx, {
        about: { name: 'Storefleet', version: 't', host: 'cli', runtime: 't' },
        onInternalError: (_e, procedure) => seen.push(procedure),
      });
      fresh.ctx.workspace.sqlite.exec('DROP TABLE audit_log');
      const result = await api.handle('clients.create', { name: 'A', language: 'en-US', reportingCurrency: 'USD' });
      expect(result).toEqual({
        ok: false,
        error: { code: 'internal', message: 'clients.create failed unexpectedly; the details were written to the log.' },
      });
      expect(seen).toEqual(['clients.create']);
      expect(fresh.ctx.workspace.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
    } finally {
      fresh.dispose();
    }
  });

  it('reports the workspace, and marks it initialised once the user chose "empty"', async () => {
    expect(backend.api.call('workspace.info')).toMatchObject({ initialised: false, clientCount: 0, path: backend.file });
    expect(backend.api.call('workspace.initialise', { mode: 'empty' })).toMatchObject({ initialised: true, clientCount: 0 });
  });
});
