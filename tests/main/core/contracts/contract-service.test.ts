import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractInput, seedAgency, type Agency } from '../../../helpers/contract-fixtures';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let agency: Agency;
let now: Date;
beforeEach(() => {
  now = new Date('2026-11-20T09:30:00Z');
  backend = openTestBackend(() => now);
  agency = seedAgency(backend);
});
afterEach(() => backend.dispose());

const fieldsOf = (run: () => unknown) => appErrorOf(run).details?.issues?.map((issue) => `${issue.field}:${issue.code}`);

describe('contracts', () => {
  it('keeps scope, period, fee model, clock and terms as given, with the covered stores named', () => {
    const created = backend.api.call(
      'contracts.create',
      contractInput(agency, {
        feeClauses: [
          { metricKey: 'amazon.odr_mfn', storeId: agency.jpStoreId, condition: 'lte', threshold: 0.005, effect: 'bonus', amount: { type: 'percent_of_base', bps: 500 } },
        ],
        exitTerms: 'Hand over all listings within 14 days',
      }),
    );
    expect(created).toMatchObject({
      clientName: 'Kitsune Outdoor',
      tier: 'full_management',
      currency: 'JPY',
      baseFeeMinor: 300_000,
      commissionBps: 300,
      renewalReminderDays: 30,
      lifecycle: 'active',
      daysToEnd: 192,
      exitTerms: 'Hand over all listings within 14 days',
    });
    expect(created.stores.map((s) => s.displayName)).toEqual(['Kitsune Outdoor Amazon JP', 'Kitsune Outdoor Amazon US']);
    expect(created.slaTerms).toHaveLength(4);
    expect(created.feeClauses[0]).toMatchObject({ metricKey: 'amazon.odr_mfn', amount: { type: 'percent_of_base', bps: 500 } });
    expect(backend.api.call('contracts.list', { clientId: agency.clientId }).map((c) => c.id)).toEqual([created.id]);
  });

  it('says when a contract is upcoming, due for renewal (reminder or notice deadline first) or expired', () => {
    const lifecycle = (startDate: string, endDate: string | null, noticePeriodDays: number | null = null) =>
      backend.api.call('contracts.create', contractInput(agency, { startDate, endDate, noticePeriodDays, slaTerms: [] }));
    expect(lifecycle('2026-12-01', '2027-11-30').lifecycle).toBe('upcoming');
    expect(lifecycle('2026-01-01', '2026-12-10')).toMatchObject({ lifecycle: 'renewal_due', daysToEnd: 20 });
    expect(lifecycle('2026-01-01', '2027-02-28', 90)).toMatchObject({ lifecycle: 'renewal_due', noticeDeadline: '2026-11-30' });
    expect(lifecycle('2025-01-01', '2026-10-31')).toMatchObject({ lifecycle: 'expired', daysToEnd: -20 });
    expect(lifecycle('2026-01-01', null)).toMatchObject({ lifecycle: 'active', daysToEnd: null });
    expect(backend.api.call('contracts.list', { lifecycle: 'expired' })).toHaveLength(1);
  });

  it('judges "today" in the contract\'s own time zone', () => {
    // 2026-11-20T09:30Z is already the 21st in no zone, but the 20th ends at 15:00Z in Tokyo: at 16:00Z a contract ending on the 20th has expired there.
    now = new Date('2026-11-20T16:00:00Z');
    expect(backend.api.call('contracts.create', contractInput(agency, { startDate: '2026-01-01', endDate: '2026-11-20' })).lifecycle).toBe('expired');
    expect(backend.api.call('contracts.create', contractInput(agency, { startDate: '2026-01-01', endDate: '2026-11-20', timeZone: 'America/Los_Angeles' })).lifecycle).toBe(
      'renewal_due',
    );
  });

  it('refuses bad input naming every offending field, and writes nothing', () => {
    const other = seedAgency(backend, 'Northpeak Gear');
    const issues = fieldsOf(() =>
      backend.api.call(
        'contracts.create',
        contractInput(agency, {
          startDate: '2026-06-01',
          endDate: '2026-05-31',
          storeIds: [agency.jpStoreId, 9999, other.usStoreId, agency.jpStoreId],
          businessHours: null,
          slaTerms: [{ kind: 'alert_acknowledge', hours: 4, clock: 'business' }, { kind: 'alert_acknowledge', hours: 2, clock: 'calendar' }],
          feeClauses: [{ metricKey: 'amazon.valid_tracking_rate', storeId: agency.tiktokStoreId, condition: 'lt', threshold: 0.95, effect: 'reduction', amount: { type: 'fixed', amountMinor: 1000 } }],
        }),
      ),
    );
    expect(issues).toEqual([
      'endDate:before_start',
      'storeIds.1:not_found',
      'storeIds.2:other_client',
      'storeIds.3:duplicate',
      'slaTerms.0.clock:no_business_hours',
      'slaTerms.1.kind:duplicate',
      'feeClauses.0.storeId:not_covered',
    ]);
    expect(countRows(backend, 'contracts')).toBe(0);
    expect(countRows(backend, 'contract_stores')).toBe(0);
  });

  it('refuses a negative fee, a commission over 100 %, a bad zone and a clause rate written as a percent', () => {
    expect(fieldsOf(() => backend.api.call('contracts.create', contractInput(agency, { baseFeeMinor: -1 })))).toEqual(['baseFeeMinor:too_small']);
    expect(fieldsOf(() => backend.api.call('contracts.create', contractInput(agency, { commissionBps: 12_000 })))).toEqual(['commissionBps:too_big']);
    expect(fieldsOf(() => backend.api.call('contracts.create', contractInput(agency, { timeZone: 'Tokyo' })))).toEqual(['timeZone:custom']);
    const clause = { metricKey: 'amazon.odr_mfn', storeId: null, condition: 'lte', threshold: 5, effect: 'bonus', amount: { type: 'fixed', amountMinor: 100 } } as const;
    expect(fieldsOf(() => backend.api.call('contracts.create', contractInput(agency, { feeClauses: [clause] })))).toEqual(['feeClauses.0.threshold:not_fraction']);
    expect(fieldsOf(() => backend.api.call('contracts.create', contractInput(agency, { feeClauses: [{ ...clause, metricKey: 'amazon.account_status', threshold: 0 }] })))).toEqual([
      'feeClauses.0.metricKey:not_numeric',
    ]);
    expect(fieldsOf(() => backend.api.call('contracts.create', contractInput(agency, { feeClauses: [{ ...clause, metricKey: 'tiktok.gmv', threshold: 0 }], storeIds: [agency.jpStoreId] })))).toEqual([
      'feeClauses.0.metricKey:not_reported',
    ]);
    expect(countRows(backend, 'contracts')).toBe(0);
  });

  it('replaces terms per kind on update (keeping when a kept term was agreed) and clauses and stores as a whole', () => {
    const created = backend.api.call('contracts.create', contractInput(agency));
    const agreedAt = () =>
      (backend.ctx.workspace.sqlite.prepare("SELECT created_at FROM contract_sla_terms WHERE kind = 'monthly_review'").get() as { created_at: string }).created_at;
    const before = agreedAt();
    now = new Date('2026-11-21T00:00:00Z');
    const updated = backend.api.call('contracts.update', {
      id: created.id,
      patch: { slaTerms: [{ kind: 'monthly_review', dayOfMonth: 7 }], storeIds: [agency.jpStoreId, agency.tiktokStoreId], baseFeeMinor: 350_000 },
    });
    expect(updated.slaTerms).toEqual([{ kind: 'monthly_review', dayOfMonth: 7 }]);
    expect(updated.stores.map((s) => s.storeId)).toEqual([agency.jpStoreId, agency.tiktokStoreId]);
    expect(updated.baseFeeMinor).toBe(350_000);
    expect(agreedAt()).toBe(before);
  });

  it('refuses to stop covering a store that a KPI target names', () => {
    const created = backend.api.call('contracts.create', contractInput(agency));
    backend.api.call('contracts.targets.set', { contractId: created.id, metricKey: 'amazon.odr_mfn', storeId: agency.usStoreId, targetValue: 0.005, targetDate: '2027-03-31' });
    expect(fieldsOf(() => backend.api.call('contracts.update', { id: created.id, patch: { storeIds: [agency.jpStoreId] } }))).toEqual(['storeIds:store_has_targets']);
    expect(backend.api.call('contracts.get', { id: created.id }).stores).toHaveLength(2);
  });

  it('hides archived contracts from the list unless asked, and restores them', () => {
    const created = backend.api.call('contracts.create', contractInput(agency));
    expect(backend.api.call('contracts.archive', { id: created.id }).lifecycle).toBe('archived');
    expect(backend.api.call('contracts.list')).toEqual([]);
    expect(backend.api.call('contracts.list', { includeArchived: true })).toHaveLength(1);
    expect(backend.api.call('contracts.restore', { id: created.id }).lifecycle).toBe('active');
    expect(appErrorOf(() => backend.api.call('contracts.get', { id: 999 })).code).toBe('not_found');
  });
});
