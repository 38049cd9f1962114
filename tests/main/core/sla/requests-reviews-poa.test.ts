import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeMonthlyReviewItem, closePoaDeliveryItem, openPoaDeliveryItem } from '../../../../src/main/core/sla/sla-event-hooks';
import { contractInput, seedAgency, type Agency } from '../../../helpers/contract-fixtures';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let agency: Agency;
let contractId: number;
let now: Date;
beforeEach(() => {
  now = new Date('2026-11-20T09:30:00Z');
  backend = openTestBackend(() => now);
  agency = seedAgency(backend);
  contractId = backend.api.call('contracts.create', contractInput(agency)).id;
});
afterEach(() => backend.dispose());

const issueOf = (run: () => unknown) => appErrorOf(run).details?.issues?.map((i) => `${i.field}:${i.code}`);

describe('client requests logged by hand', () => {
  it('runs the clock from when the client asked (8 business hours: Friday 11:00 JST → Monday 10:00 JST) and is met when answered in time', () => {
    const item = backend.api.call('sla.logRequest', { contractId, title: 'Why did the ODR rise?', requestedAt: '2026-11-20T11:00:00+09:00' });
    expect(item).toMatchObject({ kind: 'client_request', sourceType: 'request', title: 'Why did the ODR rise?', storeId: null, startedAt: '2026-11-20T02:00:00.000Z', dueAt: '2026-11-23T01:00:00.000Z', status: 'open' });
    expect(backend.api.call('sla.answerRequest', { id: item.id, note: 'Sent the carrier analysis' })).toMatchObject({ status: 'met', closedAt: '2026-11-20T09:30:00.000Z' });
    expect(backend.api.call('sla.history', { id: item.id })[0]).toMatchObject({ action: 'met', note: 'Sent the carrier analysis', actor: 'test' });
  });

  it('is breached at once when it is logged after its due time had already passed', () => {
    const item = backend.api.call('sla.logRequest', { contractId, storeId: agency.jpStoreId, title: 'Price check', requestedAt: '2026-11-10T00:00:00Z' });
    expect(item).toMatchObject({ status: 'breached', breachedAt: '2026-11-10T08:00:00.000Z', storeName: 'Kitsune Outdoor Amazon JP' });
    expect(backend.api.call('alerts.list', { kind: 'sla_breach' })[0]).toMatchObject({ metricKey: 'sla.client_request', storeId: agency.jpStoreId });
  });

  it('turns out met after all when an answer given in time is recorded after the clock had run out', () => {
    const item = backend.api.call('sla.logRequest', { contractId, title: 'Price check', requestedAt: '2026-11-10T00:00:00Z' });
    expect(item.status).toBe('breached');
    const answered = backend.api.call('sla.answerRequest', { id: item.id, answeredAt: '2026-11-10T06:00:00Z' });
    expect(answered).toMatchObject({ status: 'met', breachedAt: null, closedAt: '2026-11-10T06:00:00.000Z' });
    expect(backend.api.call('alerts.get', { id: item.breachAlertId! })).toMatchObject({ status: 'resolved' });
  });

  it('refuses a request from the future, outside the contract, about a store not covered, or on a contract without the term', () => {
    expect(issueOf(() => backend.api.call('sla.logRequest', { contractId, title: 'x', requestedAt: '2026-11-21T00:00:00Z' }))).toEqual(['requestedAt:future']);
    expect(issueOf(() => backend.api.call('sla.logRequest', { contractId, title: 'x', requestedAt: '2026-05-31T00:00:00Z' }))).toEqual(['requestedAt:outside_contract']);
    expect(issueOf(() => backend.api.call('sla.logRequest', { contractId, title: 'x', storeId: agency.tiktokStoreId }))).toEqual(['storeId:not_covered']);
    expect(issueOf(() => backend.api.call('sla.logRequest', { contractId, title: ' ' }))).toEqual(['title:required']);
    const bare = backend.api.call('contracts.create', contractInput(agency, { slaTerms: [] })).id;
    expect(issueOf(() => backend.api.call('sla.logRequest', { contractId: bare, title: 'x' }))).toEqual(['contractId:no_term']);
    expect(countRows(backend, 'sla_items')).toBe(0);
  });

  it('refuses an answer before the request, an answer to something else, and a second answer', () => {
    const item = backend.api.call('sla.logRequest', { contractId, title: 'Report?', requestedAt: '2026-11-20T02:00:00Z' });
    expect(issueOf(() => backend.api.call('sla.answerRequest', { id: item.id, answeredAt: '2026-11-20T01:00:00Z' }))).toEqual(['answeredAt:before_request']);
    backend.api.call('sla.answerRequest', { id: item.id });
    expect(issueOf(() => backend.api.call('sla.answerRequest', { id: item.id }))).toEqual(['id:closed']);
    openPoaDeliveryItem(backend.ctx, { storeId: agency.jpStoreId, caseId: 3, openedAt: now.toISOString() });
    const poa = backend.api.call('sla.list', { status: 'open' })[0]!;
    expect(issueOf(() => backend.api.call('sla.answerRequest', { id: poa.id }))).toEqual(['id:not_a_request']);
    expect(appErrorOf(() => backend.api.call('sla.answerRequest', { id: 999 })).code).toBe('not_found');
  });
});

describe('monthly reviews', () => {
  it('owes no review for months that ended before the term was agreed, then one per month, due at the end of day 5 of the next month in Tokyo', () => {
    expect(backend.api.call('sla.list')).toEqual([]);
    now = new Date('2026-12-02T00:00:00Z');
    const [item] = backend.api.call('sla.list');
    expect(item).toMatchObject({
      kind: 'monthly_review',
      sourceType: 'month',
      month: '2026-11',
      storeId: null,
      clock: 'calendar',
      startedAt: '2026-11-30T15:00:00.000Z',
      dueAt: '2026-12-05T15:00:00.000Z',
      status: 'open',
    });
    expect(backend.api.call('sla.refresh')).toEqual({ opened: 0, breached: 0 });
  });

  it('is met when the review is marked sent in time, breached when a month passes without it', () => {
    now = new Date('2027-01-07T00:00:00Z');
    closeMonthlyReviewItem(backend.ctx, { clientId: agency.clientId, month: '2026-11', at: '2026-12-04T03:00:00.000Z' });
    const byMonth = new Map(backend.api.call('sla.list').map((i) => [i.month, i]));
    expect(byMonth.get('2026-11')).toMatchObject({ status: 'met', closedAt: '2026-12-04T03:00:00.000Z' });
    expect(byMonth.get('2026-12')).toMatchObject({ status: 'breached', breachedAt: '2027-01-05T15:00:00.000Z' });
    // Filed under the contract's first live store, for want of a store of its own.
    expect(backend.api.call('alerts.list', { kind: 'sla_breach' })[0]).toMatchObject({ metricKey: 'sla.monthly_review', storeId: agency.jpStoreId });
    expect(backend.api.call('sla.compliance', { month: '2026-12', clientId: agency.clientId })).toMatchObject({ met: 1, breached: 0, rate: 1 });
    expect(backend.api.call('sla.compliance', { month: '2027-01', clientId: agency.clientId })).toMatchObject({ met: 0, breached: 1, rate: 0 });
  });

  it('opens and closes the month\'s item at once when the review is sent before any list refreshed the months', () => {
    closeMonthlyReviewItem(backend.ctx, { clientId: agency.clientId, month: '2026-10', at: '2026-11-03T00:00:00.000Z' });
    expect(backend.api.call('sla.list')).toEqual([expect.objectContaining({ month: '2026-10', status: 'met' })]);
  });
});

describe('POA delivery items (opened and closed by the POA service)', () => {
  it('runs 24 calendar hours from the case, and is met when the POA is submitted in time', () => {
    const opened = openPoaDeliveryItem(backend.ctx, { storeId: agency.jpStoreId, caseId: 7, openedAt: '2026-11-20T09:30:00.000Z' });
    expect(opened).toHaveLength(1);
    expect(backend.api.call('sla.get', { id: opened[0]! })).toMatchObject({ kind: 'poa_delivery', poaCaseId: 7, clock: 'calendar', dueAt: '2026-11-21T09:30:00.000Z' });
    closePoaDeliveryItem(backend.ctx, 7, '2026-11-21T08:00:00.000Z');
    expect(backend.api.call('sla.get', { id: opened[0]! })).toMatchObject({ status: 'met', closedAt: '2026-11-21T08:00:00.000Z' });
  });

  it('starts the clock when a POA case is opened for a covered store and stops it when the case is submitted', () => {
    const poa = backend.api.call('poa.create', { storeId: agency.jpStoreId, caseType: 'valid_tracking', language: 'ja-JP', noticeDate: '2026-11-20' });
    const [item] = backend.api.call('sla.list', { status: 'open' }).filter((open) => open.kind === 'poa_delivery');
    expect(item).toMatchObject({ poaCaseId: poa.case.id, storeId: agency.jpStoreId, dueAt: '2026-11-21T09:30:00.000Z' });
    now = new Date('2026-11-21T07:00:00Z');
    backend.api.call('poa.transition', { id: poa.case.id, to: 'internal_review' });
    backend.api.call('poa.transition', { id: poa.case.id, to: 'submitted' });
    expect(backend.api.call('sla.get', { id: item!.id })).toMatchObject({ status: 'met', closedAt: '2026-11-21T07:00:00.000Z' });
  });

  it('opens nothing for a store no contract with the term covers', () => {
    expect(openPoaDeliveryItem(backend.ctx, { storeId: agency.tiktokStoreId, caseId: 8, openedAt: now.toISOString() })).toEqual([]);
  });
});

describe('sla.list filters', () => {
  it('filters by client, contract, status, month (in the contract\'s zone) and what is due within some hours', () => {
    const other = seedAgency(backend, 'Northpeak Gear');
    const otherContract = backend.api.call('contracts.create', contractInput(other, { timeZone: 'America/Los_Angeles', businessHours: null, slaTerms: [{ kind: 'client_request', hours: 24, clock: 'calendar' }] })).id;
    const mine = backend.api.call('sla.logRequest', { contractId, title: 'A' });
    const theirs = backend.api.call('sla.logRequest', { contractId: otherContract, title: 'B' });
    expect(backend.api.call('sla.list', { clientId: agency.clientId }).map((i) => i.id)).toEqual([mine.id]);
    expect(backend.api.call('sla.list', { contractId: otherContract }).map((i) => i.id)).toEqual([theirs.id]);
    expect(backend.api.call('sla.list', { dueWithinHours: 30 }).map((i) => i.id)).toEqual([theirs.id]);
    expect(backend.api.call('sla.list', { dueWithinHours: 72 }).map((i) => i.id)).toEqual([theirs.id, mine.id]);
    expect(backend.api.call('sla.list', { status: 'met' })).toEqual([]);
    expect(backend.api.call('sla.list', { month: '2026-11' })).toHaveLength(2);
    expect(issueOf(() => backend.api.call('sla.list', { month: '2026-13' }))).toEqual(['month:invalid_format']);
    expect(issueOf(() => backend.api.call('sla.compliance', { month: 'Nov' }))).toEqual(['month:invalid_format']);
  });
});
