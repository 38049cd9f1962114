import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvokeResult } from '../../../src/shared/api/invoke-result';
import { openTestBackend, type TestBackend } from '../../helpers/temp-workspace';

let backend: TestBackend;
beforeEach(() => {
  backend = openTestBackend();
});
afterEach(() => backend.dispose());

function fieldsOf(result: InvokeResult<unknown>): string[] | undefined {
  if (result.ok) throw new Error('expected the call to be refused');
  expect(result.error.code).toBe('invalid_input');
  return result.error.details?.issues?.map((i) => i.field);
}

describe('overview, column set, series, funnel and annotation procedures at the edge', () => {
  it('answers every one of them (no procedure is left unimplemented)', async () => {
    for (const [procedure, input] of [
      ['overview.get', undefined],
      ['columnSets.list', undefined],
      ['series.get', { storeId: 1, from: '2026-11-01', to: '2026-11-19' }],
      ['funnel.get', { storeId: 1, from: '2026-11-01', to: '2026-11-19' }],
      ['annotations.list', { storeId: 1 }],
    ] as const) {
      const result = await backend.api.handle(procedure, input);
      expect(result.ok || result.error.code !== 'unavailable').toBe(true);
    }
  });

  it('refuses impossible dates, unknown fields and wrong types in series and funnel queries, naming each field', async () => {
    expect(fieldsOf(await backend.api.handle('series.get', { storeId: 0, from: '2026-13-01', to: 'today', metricKeys: [''], extra: 1 }))).toEqual(
      expect.arrayContaining(['storeId', 'from', 'to', 'metricKeys.0']),
    );
    expect(fieldsOf(await backend.api.handle('series.get', { storeId: 1, from: '2026-11-01', to: '2026-11-19', metricKeys: Array(201).fill('amazon.odr_mfn') }))).toEqual([
      'metricKeys',
    ]);
    expect(fieldsOf(await backend.api.handle('funnel.get', { storeId: '1', from: '2026-11-01' }))).toEqual(['storeId', 'to']);
  });

  it('refuses input to the overview, which takes none', async () => {
    expect(fieldsOf(await backend.api.handle('overview.get', { clientId: 1 }))).toBeDefined();
  });

  it('refuses a column set without a name or columns, or with a name over 80 characters', async () => {
    expect(fieldsOf(await backend.api.handle('columnSets.save', { name: '', metricKeys: [] }))).toEqual(['name', 'metricKeys']);
    expect(fieldsOf(await backend.api.handle('columnSets.save', { name: 'x'.repeat(81), metricKeys: ['amazon.odr_mfn'] }))).toEqual(['name']);
    expect(fieldsOf(await backend.api.handle('columnSets.remove', { id: -1 }))).toEqual(['id']);
  });

  it('refuses annotations without a store, a real date or text, and updates without an id', async () => {
    expect(fieldsOf(await backend.api.handle('annotations.create', { date: '2026-02-29', text: '' }))).toEqual(['storeId', 'date', 'text']);
    expect(fieldsOf(await backend.api.handle('annotations.update', { text: 'x' }))).toEqual(['id']);
    expect(fieldsOf(await backend.api.handle('annotations.list', { storeId: 1, from: '1st of May' }))).toEqual(['from']);
  });

  it('answers a well-formed query about a store that does not exist with not_found', async () => {
    const result = await backend.api.handle('series.get', { storeId: 5, from: '2026-11-01', to: '2026-11-19' });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'Store 5 does not exist', details: { entity: 'Store', id: 5 } } });
  });
});
