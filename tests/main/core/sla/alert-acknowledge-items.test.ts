import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractInput, seedAgency, type Agency } from '../../../helpers/contract-fixtures';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

// Friday 2026-11-20 09:30Z is 18:30 in Tokyo: the office has closed, so a 4-business-hour
// acknowledgement is due Monday 13:00 JST (04:00Z), "due soon" from 12:00 JST (03:00Z).
let backend: TestBackend;
let agency: Agency;
let now: Date;
beforeEach(() => {
  now = new Date('2026-11-20T09:30:00Z');
  backend = openTestBackend(() => now);
  agency = seedAgency(backend);
});
afterEach(() => backend.dispose());

function breachOdr(storeId = agency.jpStoreId): number {
  seedSnapshots(backend, storeId, dailySeries('amazon.odr_mfn', '2026-11-19', [0.02]));
  backend.api.call('evaluation.run');
  return backend.api.call('alerts.list', { storeId, kind: 'breach' })[0]!.id;
}
const items = () => backend.api.call('sla.list');

describe('an SLA clock opened by a breach alert', () => {
  it('opens an acknowledgement item for the covering contract, due after 4 business hours in Tokyo', () => {
    const contract = backend.api.call('contracts.create', contractInput(agency));
    const alertId = breachOdr();
    expect(items()).toEqual([
      expect.objectContaining({
        contractId: contract.id,
        kind: 'alert_acknowledge',
        sourceType: 'alert',
        alertId,
        metricKey: 'amazon.odr_mfn',
        storeId: agency.jpStoreId,
        storeName: 'Kitsune Outdoor Amazon JP',
        clientName: 'Kitsune Outdoor',
        startedAt: '2026-11-20T09:30:00.000Z',
        allowanceHours: 4,
        clock: 'business',
        dueAt: '2026-11-23T04:00:00.000Z',
        warnAt: '2026-11-23T03:00:00.000Z',
        status: 'open',
        urgency: 'on_track',
      }),
    ]);
  });

  it('is met when the alert is acknowledged in time, and shows as due soon on the overview before that', () => {
    backend.api.call('contracts.create', contractInput(agency));
    const alertId = breachOdr();
    expect(backend.api.call('overview.get').slaDueSoon).toEqual([]);
    now = new Date('2026-11-23T03:30:00Z');
    expect(items()[0]?.urgency).toBe('due_soon');
    expect(backend.api.call('overview.get').slaDueSoon).toEqual([
      {
        id: items()[0]!.id,
        label: 'Acknowledge the amazon.odr_mfn alert (Kitsune Outdoor Amazon JP)',
        dueAt: '2026-11-23T04:00:00.000Z',
        clientName: 'Kitsune Outdoor',
        kind: 'alert_acknowledge',
        storeName: 'Kitsune Outdoor Amazon JP',
        metricKey: 'amazon.odr_mfn',
        month: null,
        title: null,
      },
    ]);
    backend.api.call('alerts.acknowledge', { id: alertId });
    expect(items()[0]).toMatchObject({ status: 'met', closedAt: '2026-11-23T03:30:00.000Z', urgency: null });
    // Due on 23 November in Tokyo: November's compliance.
    const compliance = backend.api.call('sla.compliance', { month: '2026-11', clientId: agency.clientId });
    expect(compliance).toMatchObject({ met: 1, breached: 0, pending: 0, rate: 1, byKind: [expect.objectContaining({ kind: 'alert_acknowledge', met: 1 })] });
    expect(compliance.items.map((i) => i.status)).toEqual(['met']);
    expect(backend.api.call('sla.compliance', { month: '2026-12' })).toMatchObject({ met: 0, rate: null, items: [] });
  });

  it('breaches when the due time passes unacknowledged, raising an SLA breach alert that evaluation leaves alone', () => {
    backend.api.call('contracts.create', contractInput(agency));
    const alertId = breachOdr();
    now = new Date('2026-11-23T05:00:00Z');
    const [item] = items();
    expect(item).toMatchObject({ status: 'breached', breachedAt: '2026-11-23T04:00:00.000Z', closedAt: null });
    const [slaAlert] = backend.api.call('alerts.list', { kind: 'sla_breach' });
    expect(slaAlert).toMatchObject({ storeId: agency.jpStoreId, metricKey: 'sla.alert_acknowledge', severity: 'warning', status: 'open', dataDate: '2026-11-23' });
    expect(slaAlert?.detail).toMatchObject({ contract: 'Full management 2026', slaItemId: item!.id, breachedItems: 1 });
    expect(item!.breachAlertId).toBe(slaAlert!.id);

    backend.api.call('evaluation.run');
    expect(backend.api.call('alerts.get', { id: slaAlert!.id }).status).toBe('open');

    backend.api.call('alerts.acknowledge', { id: alertId });
    expect(items()[0]).toMatchObject({ status: 'breached', closedAt: '2026-11-23T05:00:00.000Z' });
    expect(backend.api.call('sla.history', { id: item!.id }).map((e) => e.action)).toEqual(['closed_late', 'breached', 'opened']);
    expect(backend.api.call('sla.compliance', { month: '2026-11', clientId: agency.clientId })).toMatchObject({ met: 0, breached: 1, rate: 0 });
  });

  it('breaches at the moment of a late acknowledgement when nobody looked in between', () => {
    backend.api.call('contracts.create', contractInput(agency));
    const alertId = breachOdr();
    now = new Date('2026-11-24T00:00:00Z');
    backend.api.call('alerts.acknowledge', { id: alertId });
    expect(items()[0]).toMatchObject({ status: 'breached', breachedAt: '2026-11-23T04:00:00.000Z', closedAt: '2026-11-24T00:00:00.000Z' });
    expect(backend.api.call('alerts.list', { kind: 'sla_breach' })).toHaveLength(1);
  });

  it('files a second breach of the same promise at the same store under the alert already open', () => {
    backend.api.call('contracts.create', contractInput(agency));
    breachOdr();
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.late_shipment_rate', '2026-11-19', [0.2]));
    backend.api.call('evaluation.run');
    expect(items()).toHaveLength(2);
    now = new Date('2026-11-23T05:00:00Z');
    expect(items().map((i) => i.status)).toEqual(['breached', 'breached']);
    const slaAlerts = backend.api.call('alerts.list', { kind: 'sla_breach' });
    expect(slaAlerts).toHaveLength(1);
    expect(slaAlerts[0]?.detail).toMatchObject({ breachedItems: 2 });
  });

  it('opens nothing for a store the contract does not cover, a contract without the term, one not started yet or one archived', () => {
    backend.api.call('contracts.create', contractInput(agency, { storeIds: [agency.usStoreId] }));
    backend.api.call('contracts.create', contractInput(agency, { slaTerms: [{ kind: 'monthly_review', dayOfMonth: 5 }] }));
    backend.api.call('contracts.create', contractInput(agency, { startDate: '2026-12-01' }));
    const archived = backend.api.call('contracts.create', contractInput(agency));
    backend.api.call('contracts.archive', { id: archived.id });
    breachOdr();
    expect(items()).toEqual([]);
  });

  it('waives the item when the metric recovers and the alert resolves itself before anyone acknowledged it', () => {
    backend.api.call('contracts.create', contractInput(agency));
    breachOdr();
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-11-20', [0.003]));
    backend.api.call('evaluation.run');
    expect(items()[0]).toMatchObject({ status: 'waived', reason: 'the alert resolved itself before it was acknowledged' });
  });
});

describe('pausing and waiving an item', () => {
  it('moves the due time on by the business time it stood paused, and says when it would be due while paused', () => {
    backend.api.call('contracts.create', contractInput(agency));
    breachOdr();
    const id = items()[0]!.id;
    now = new Date('2026-11-23T01:00:00Z');
    expect(backend.api.call('sla.pause', { id, reason: 'waiting for the client to grant access' })).toMatchObject({
      status: 'paused',
      urgency: null,
      reason: 'waiting for the client to grant access',
      dueAt: '2026-11-23T04:00:00.000Z',
    });
    now = new Date('2026-11-23T01:30:00Z');
    expect(backend.api.call('sla.get', { id }).dueAt).toBe('2026-11-23T04:30:00.000Z');
    expect(appErrorOf(() => backend.api.call('sla.pause', { id, reason: 'again' })).details?.issues?.[0]).toMatchObject({ field: 'id', code: 'not_open' });
    now = new Date('2026-11-23T02:00:00Z');
    expect(backend.api.call('sla.resume', { id })).toMatchObject({
      status: 'open',
      dueAt: '2026-11-23T05:00:00.000Z',
      pauses: [{ from: '2026-11-23T01:00:00.000Z', to: '2026-11-23T02:00:00.000Z', reason: 'waiting for the client to grant access' }],
    });
    expect(appErrorOf(() => backend.api.call('sla.resume', { id })).details?.issues?.[0]).toMatchObject({ field: 'id', code: 'not_paused' });
    expect(backend.api.call('sla.history', { id }).map((e) => e.action)).toEqual(['resumed', 'paused', 'opened']);
  });

  it('leaves a waived item out of compliance and resolves the breach alert it had raised', () => {
    backend.api.call('contracts.create', contractInput(agency));
    breachOdr();
    now = new Date('2026-11-23T05:00:00Z');
    const [item] = items();
    expect(item?.status).toBe('breached');
    expect(backend.api.call('sla.waive', { id: item!.id, reason: 'client agreed: public holiday' })).toMatchObject({ status: 'waived', reason: 'client agreed: public holiday' });
    expect(backend.api.call('alerts.get', { id: item!.breachAlertId! }).status).toBe('resolved');
    expect(backend.api.call('sla.compliance', { month: '2026-11' })).toMatchObject({ met: 0, breached: 0, waived: 1, rate: null });
    expect(appErrorOf(() => backend.api.call('sla.waive', { id: item!.id, reason: 'again' })).details?.issues?.[0]?.code).toBe('not_waivable');
    expect(appErrorOf(() => backend.api.call('sla.waive', { id: item!.id, reason: ' ' })).details?.issues?.[0]).toMatchObject({ field: 'reason', code: 'required' });
  });

  it('waives the open items of a contract that is archived', () => {
    const contract = backend.api.call('contracts.create', contractInput(agency));
    breachOdr();
    backend.api.call('contracts.archive', { id: contract.id });
    expect(items()[0]).toMatchObject({ status: 'waived', reason: 'contract archived' });
  });
});
