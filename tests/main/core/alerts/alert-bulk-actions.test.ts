import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let alertIds: number[];
let changes: string[];

beforeEach(() => {
  backend = openTestBackend();
  const client = backend.api.call('clients.create', { name: 'Northpeak', language: 'en-US', reportingCurrency: 'USD' });
  const storeId = backend.api.call('stores.create', {
    clientId: client.id, displayName: 'Northpeak US', platform: 'amazon', marketplace: 'US', sellerId: 'A1NP', stage: 'mature', status: 'active',
  }).id;
  seedSnapshots(backend, storeId, [
    ...dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]),
    ...dailySeries('amazon.late_shipment_rate', '2026-11-19', [0.06]),
    ...dailySeries('amazon.pre_fulfillment_cancel_rate', '2026-11-19', [0.04]),
  ]);
  backend.api.call('evaluation.run');
  alertIds = backend.api.call('alerts.list', { kind: 'breach' }).map((a) => a.id);
  changes = [];
  backend.ctx.events.subscribe((event, payload) => {
    if (event === 'workspace.changed') changes.push((payload as { entity: string }).entity);
  });
});
afterEach(() => backend.dispose());

const actionsOf = (id: number) => backend.api.call('alerts.history', { id }).map((e) => e.action);

describe('bulk alert actions', () => {
  it('acknowledges many alerts at once, each with its own history entry, and tells the windows once', () => {
    expect(alertIds).toHaveLength(3);
    const result = backend.api.call('alerts.bulk', { ids: alertIds, action: { type: 'acknowledge', note: 'seen in the morning review' } });
    expect(result.map((a) => [a.id, a.status])).toEqual(alertIds.map((id) => [id, 'acknowledged']));
    for (const id of alertIds) {
      expect(backend.api.call('alerts.history', { id })[0]).toMatchObject({ action: 'acknowledged', actor: 'test', note: 'seen in the morning review' });
    }
    expect(changes).toEqual(['alerts']);
  });

  it('assigns, snoozes and resolves like the single actions do', () => {
    const [first, second] = alertIds as [number, number];
    expect(backend.api.call('alerts.bulk', { ids: [first, second], action: { type: 'assign', assignee: '李娜' } }).map((a) => a.assignee)).toEqual(['李娜', '李娜']);
    expect(backend.api.call('alerts.bulk', { ids: [first], action: { type: 'snooze', until: '2026-11-27' } })[0]?.snoozedUntil).toBe('2026-11-27');
    expect(backend.api.call('alerts.bulk', { ids: [second], action: { type: 'resolve', note: 'fixed' } })[0]).toMatchObject({ status: 'resolved', resolvedAt: '2026-11-20T09:30:00.000Z' });
    expect(actionsOf(first)).toEqual(['snoozed', 'assigned', 'opened']);
    expect(actionsOf(second)).toEqual(['resolved', 'assigned', 'opened']);
  });

  it('applies an id given twice once, answering in the order the ids were given', () => {
    const [a, b] = alertIds as [number, number];
    const result = backend.api.call('alerts.bulk', { ids: [b, a, b], action: { type: 'acknowledge' } });
    expect(result.map((r) => r.id)).toEqual([b, a]);
    expect(actionsOf(b)).toEqual(['acknowledged', 'opened']);
  });

  it('keeps the first acknowledgement time when an alert is acknowledged again, because SLAs are judged by it', () => {
    const id = alertIds[0]!;
    const first = backend.api.call('alerts.acknowledge', { id }).acknowledgedAt;
    backend.ctx.now = () => new Date('2026-11-21T10:00:00Z');
    expect(backend.api.call('alerts.bulk', { ids: [id], action: { type: 'acknowledge' } })[0]?.acknowledgedAt).toBe(first);
  });

  it('refuses the whole batch when one id is unknown, naming it, and changes nothing', () => {
    const events = countRows(backend, 'alert_events');
    const error = appErrorOf(() => backend.api.call('alerts.bulk', { ids: [...alertIds, 9999, 9998], action: { type: 'acknowledge' } }));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Alerts 9999, 9998 do not exist');
    expect(error.details).toMatchObject({ ids: [9999, 9998] });
    expect(backend.api.call('alerts.list', { status: 'acknowledged' })).toEqual([]);
    expect(countRows(backend, 'alert_events')).toBe(events);
    expect(changes).toEqual([]);
  });

  it('refuses the whole batch when the action is not allowed on one alert, naming the alert and its place in ids', () => {
    const [a, b, c] = alertIds as [number, number, number];
    backend.api.call('alerts.resolve', { id: b });
    const error = appErrorOf(() => backend.api.call('alerts.bulk', { ids: [a, b, c], action: { type: 'assign', assignee: 'Tom' } }));
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues).toEqual([{ field: 'ids.1', code: 'resolved', message: `alert ${b} is already resolved` }]);
    expect(backend.api.call('alerts.get', { id: a }).assignee).toBeNull();
    expect(actionsOf(c)).toEqual(['opened']);
  });

  it('refuses a snooze date that is not in the future before touching any alert', () => {
    const error = appErrorOf(() => backend.api.call('alerts.bulk', { ids: alertIds, action: { type: 'snooze', until: '2026-11-20' } }));
    expect(error.details?.issues?.[0]?.field).toBe('until');
    expect(actionsOf(alertIds[0]!)).toEqual(['opened']);
  });

  it('refuses an empty list and more than 1,000 ids at the edge', () => {
    expect(appErrorOf(() => backend.api.call('alerts.bulk', { ids: [], action: { type: 'resolve' } })).details?.issues?.[0]?.field).toBe('ids');
    const tooMany = Array.from({ length: 1001 }, (_, i) => i + 1);
    expect(appErrorOf(() => backend.api.call('alerts.bulk', { ids: tooMany, action: { type: 'resolve' } })).code).toBe('invalid_input');
  });
});

describe('single alert actions after the refactoring', () => {
  it('still name the alert and the "id" field when it is resolved or unknown', () => {
    const id = alertIds[0]!;
    backend.api.call('alerts.resolve', { id });
    const resolved = appErrorOf(() => backend.api.call('alerts.snooze', { id, until: '2026-12-01' }));
    expect(resolved.details?.issues).toEqual([{ field: 'id', code: 'resolved', message: `alert ${id} is already resolved` }]);
    expect(appErrorOf(() => backend.api.call('alerts.acknowledge', { id: 4242 })).message).toBe('Alert 4242 does not exist');
  });

  it('still accept a comment on a resolved alert, since its history stays open to notes', () => {
    const id = alertIds[0]!;
    backend.api.call('alerts.resolve', { id });
    backend.api.call('alerts.comment', { id, note: 'appeal accepted on 11-21' });
    expect(actionsOf(id)).toEqual(['commented', 'resolved', 'opened']);
  });
});
