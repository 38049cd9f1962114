import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let changes: string[];
beforeEach(() => {
  backend = openTestBackend();
  changes = [];
  backend.ctx.events.subscribe((event, payload) => {
    if (event === 'workspace.changed') changes.push((payload as { entity: string }).entity);
  });
});
afterEach(() => backend.dispose());

const audit = () =>
  backend.ctx.workspace.sqlite.prepare("SELECT action, entity_id AS id FROM audit_log WHERE entity = 'column_set' ORDER BY id").all();

describe('column sets', () => {
  it('saves a set with its columns in the order given, lists sets by name and tells open windows', () => {
    const shipping = backend.api.call('columnSets.save', { name: 'Shipping', metricKeys: ['amazon.late_shipment_rate', 'amazon.valid_tracking_rate'] });
    backend.api.call('columnSets.save', { name: 'ads daily', metricKeys: ['ads.roas'] });
    expect(shipping).toMatchObject({ name: 'Shipping', metricKeys: ['amazon.late_shipment_rate', 'amazon.valid_tracking_rate'], createdAt: '2026-11-20T09:30:00.000Z' });
    expect(backend.api.call('columnSets.list').map((s) => s.name)).toEqual(['ads daily', 'Shipping']);
    expect(changes).toEqual(['columnSets', 'columnSets']);
    expect(audit()).toEqual([{ action: 'create', id: shipping.id }, expect.objectContaining({ action: 'create' })]);
  });

  it('replaces the name and columns of an existing set when saved with its id', () => {
    const set = backend.api.call('columnSets.save', { name: 'Shipping', metricKeys: ['amazon.late_shipment_rate'] });
    const saved = backend.api.call('columnSets.save', { id: set.id, name: 'Shipping (MFN)', metricKeys: ['amazon.valid_tracking_rate', 'amazon.late_shipment_rate'] });
    expect(saved).toMatchObject({ id: set.id, name: 'Shipping (MFN)', metricKeys: ['amazon.valid_tracking_rate', 'amazon.late_shipment_rate'] });
    expect(backend.api.call('columnSets.list')).toHaveLength(1);
    expect(audit()).toEqual([{ action: 'create', id: set.id }, { action: 'update', id: set.id }]);
  });

  it('keeps its own name when only the columns change, in whatever case it was typed', () => {
    const set = backend.api.call('columnSets.save', { name: 'Shipping', metricKeys: ['amazon.late_shipment_rate'] });
    expect(backend.api.call('columnSets.save', { id: set.id, name: 'SHIPPING', metricKeys: ['amazon.late_shipment_rate'] }).name).toBe('SHIPPING');
  });

  it('refuses unknown and repeated metric keys, naming each by its position, and saves nothing', () => {
    const error = appErrorOf(() =>
      backend.api.call('columnSets.save', { name: 'Mixed', metricKeys: ['amazon.odr_mfn', 'amazon.mood', 'amazon.odr_mfn'] }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues).toEqual([
      expect.objectContaining({ field: 'metricKeys.1', code: 'unknown_metric', message: '"amazon.mood" is not a metric of the catalog' }),
      expect.objectContaining({ field: 'metricKeys.2', code: 'duplicate' }),
    ]);
    expect(countRows(backend, 'column_sets')).toBe(0);
  });

  it('refuses a second set with the same name in another case, because nobody could tell them apart', () => {
    backend.api.call('columnSets.save', { name: 'Shipping', metricKeys: ['amazon.late_shipment_rate'] });
    const other = backend.api.call('columnSets.save', { name: 'Ads', metricKeys: ['ads.roas'] });
    const error = appErrorOf(() => backend.api.call('columnSets.save', { name: 'shipping', metricKeys: ['amazon.odr_mfn'] }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('a column set named "Shipping" already exists; choose another name or edit that set');
    expect(error.details?.issues?.[0]).toMatchObject({ field: 'name', code: 'duplicate' });
    expect(appErrorOf(() => backend.api.call('columnSets.save', { id: other.id, name: 'SHIPPING', metricKeys: ['ads.roas'] })).code).toBe('conflict');
  });

  it('answers not_found for a set that does not exist, to save or to remove', () => {
    expect(appErrorOf(() => backend.api.call('columnSets.save', { id: 42, name: 'X', metricKeys: ['ads.roas'] })).code).toBe('not_found');
    expect(appErrorOf(() => backend.api.call('columnSets.remove', { id: 42 })).message).toBe('Column set 42 does not exist');
    expect(changes).toEqual([]);
  });

  it('removes a set, records it in the audit log and tells open windows', () => {
    const set = backend.api.call('columnSets.save', { name: 'Shipping', metricKeys: ['amazon.late_shipment_rate'] });
    expect(backend.api.call('columnSets.remove', { id: set.id })).toEqual({ removed: true });
    expect(backend.api.call('columnSets.list')).toEqual([]);
    expect(audit()).toEqual([{ action: 'create', id: set.id }, { action: 'remove', id: set.id }]);
    expect(changes).toEqual(['columnSets', 'columnSets']);
  });

  it('refuses a blank name and an empty column list at the edge', () => {
    const error = appErrorOf(() => backend.api.call('columnSets.save', { name: '  ', metricKeys: [] }));
    expect(error.details?.issues?.map((i) => i.field)).toEqual(['name', 'metricKeys']);
  });
});
