import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let storeId: number;
let changes: string[];
beforeEach(() => {
  backend = openTestBackend();
  const client = backend.api.call('clients.create', { name: 'Kitsune Outdoor', language: 'ja-JP', reportingCurrency: 'JPY' });
  storeId = backend.api.call('stores.create', {
    clientId: client.id, displayName: 'Kitsune JP', platform: 'amazon', marketplace: 'JP', sellerId: 'A1KIT', stage: 'growth', status: 'active',
  }).id;
  changes = [];
  backend.ctx.events.subscribe((event, payload) => {
    if (event === 'workspace.changed') changes.push((payload as { entity: string }).entity);
  });
});
afterEach(() => backend.dispose());

const audit = () =>
  backend.ctx.workspace.sqlite.prepare("SELECT action, actor, details FROM audit_log WHERE entity = 'annotation' ORDER BY id").all() as {
    action: string;
    actor: string;
    details: string;
  }[];

describe('annotations', () => {
  it('writes a note with its author and lists a store\'s notes oldest first', () => {
    const later = backend.api.call('annotations.create', { storeId, date: '2026-11-10', text: ' Listing rewritten ' });
    const earlier = backend.api.call('annotations.create', { storeId, date: '2026-10-02', text: '配送業者をヤマト運輸に切り替え' });
    expect(later).toMatchObject({ storeId, date: '2026-11-10', text: 'Listing rewritten', actor: 'test', createdAt: '2026-11-20T09:30:00.000Z' });
    expect(backend.api.call('annotations.list', { storeId }).map((a) => a.id)).toEqual([earlier.id, later.id]);
    expect(changes).toEqual(['annotations', 'annotations']);
    expect(audit().map((a) => a.action)).toEqual(['create', 'create']);
  });

  it('lists only the notes within a range of days, both ends included', () => {
    for (const date of ['2026-10-01', '2026-10-15', '2026-10-31', '2026-11-01']) backend.api.call('annotations.create', { storeId, date, text: date });
    expect(backend.api.call('annotations.list', { storeId, from: '2026-10-15', to: '2026-10-31' }).map((a) => a.date)).toEqual(['2026-10-15', '2026-10-31']);
    expect(backend.api.call('annotations.list', { storeId, from: '2026-10-31' }).map((a) => a.date)).toEqual(['2026-10-31', '2026-11-01']);
  });

  it('changes a note\'s day or text, keeping its author, and records what changed', () => {
    const note = backend.api.call('annotations.create', { storeId, date: '2026-11-10', text: 'Carrier switch' });
    const moved = backend.api.call('annotations.update', { id: note.id, date: '2026-11-08' });
    expect(moved).toMatchObject({ date: '2026-11-08', text: 'Carrier switch', actor: 'test' });
    expect(backend.api.call('annotations.update', { id: note.id, text: 'Carrier switched to Yamato' }).text).toBe('Carrier switched to Yamato');
    expect(JSON.parse(audit()[1]!.details)).toEqual({ storeId, date: ['2026-11-10', '2026-11-08'] });
  });

  it('leaves a note and the audit log alone when an update changes nothing', () => {
    const note = backend.api.call('annotations.create', { storeId, date: '2026-11-10', text: 'Carrier switch' });
    expect(backend.api.call('annotations.update', { id: note.id, text: 'Carrier switch' })).toEqual(note);
    expect(audit()).toHaveLength(1);
  });

  it('removes a note and keeps what it said in the audit log', () => {
    const note = backend.api.call('annotations.create', { storeId, date: '2026-11-10', text: 'Carrier switch' });
    expect(backend.api.call('annotations.remove', { id: note.id })).toEqual({ removed: true });
    expect(backend.api.call('annotations.list', { storeId })).toEqual([]);
    expect(JSON.parse(audit()[1]!.details)).toMatchObject({ text: 'Carrier switch' });
  });

  it('answers not_found for an unknown store or note, and writes nothing', () => {
    expect(appErrorOf(() => backend.api.call('annotations.create', { storeId: 99, date: '2026-11-10', text: 'x' })).message).toBe('Store 99 does not exist');
    expect(appErrorOf(() => backend.api.call('annotations.list', { storeId: 99 })).code).toBe('not_found');
    expect(appErrorOf(() => backend.api.call('annotations.update', { id: 7, text: 'x' })).message).toBe('Annotation 7 does not exist');
    expect(appErrorOf(() => backend.api.call('annotations.remove', { id: 7 })).code).toBe('not_found');
    expect(countRows(backend, 'annotations')).toBe(0);
    expect(changes).toEqual([]);
  });

  it('refuses blank text, an impossible date and a range that ends before it starts, naming the field', () => {
    const fields = (run: () => unknown) => appErrorOf(run).details?.issues?.map((i) => i.field);
    expect(fields(() => backend.api.call('annotations.create', { storeId, date: '2026-02-30', text: '  ' }))).toEqual(['date', 'text']);
    expect(fields(() => backend.api.call('annotations.list', { storeId, from: '2026-11-02', to: '2026-11-01' }))).toEqual(['to']);
    expect(fields(() => backend.api.call('annotations.create', { storeId, date: '2026-11-01', text: 'x'.repeat(501) }))).toEqual(['text']);
  });

  it('goes with its store: deleting a store row deletes its notes', () => {
    backend.api.call('annotations.create', { storeId, date: '2026-11-10', text: 'Carrier switch' });
    backend.ctx.workspace.sqlite.prepare('DELETE FROM stores WHERE id = ?').run(storeId);
    expect(countRows(backend, 'annotations')).toBe(0);
  });
});
