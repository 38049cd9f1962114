import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../../src/shared/api/agency-contract-schemas';
import { contractFormFrom, emptyContractForm, parseContractForm } from '../../../../src/renderer/src/pages/contracts/contract-form-values';
import { bpsToPercent, majorToMinor, percentToBps } from '../../../../src/renderer/src/pages/contracts/money-units';

const filled = () => ({ ...emptyContractForm(3, '2026-11-01'), name: 'Retainer 2026', storeIds: [7, 8], currency: 'USD' as const, baseFee: 1500.5, commissionPercent: 2.5 });

describe('contract form: money and percentages', () => {
  it('sends the base fee in minor units because the API keeps money as integers (cents, yen)', () => {
    expect(majorToMinor(1500.5, 'USD')).toBe(150_050);
    expect(majorToMinor(120_000, 'JPY')).toBe(120_000);
  });

  it('sends the commission in basis points because 2.5 % is 250 bp and must stay an integer', () => {
    expect(percentToBps(2.5)).toBe(250);
    expect(percentToBps(0.125)).toBe(13);
    expect(bpsToPercent(250)).toBe(2.5);
  });

  it('builds a complete API input from the form, terms included', () => {
    const values = filled();
    values.slaTerms.alert_acknowledge = { enabled: true, hours: 4, clock: 'business' };
    values.monthlyReviewEnabled = true;
    values.businessHoursEnabled = true;
    const parsed = parseContractForm(values);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.input).toMatchObject({
      clientId: 3,
      baseFeeMinor: 150_050,
      commissionBps: 250,
      endDate: null,
      storeIds: [7, 8],
      businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
      slaTerms: [
        { kind: 'alert_acknowledge', hours: 4, clock: 'business' },
        { kind: 'monthly_review', dayOfMonth: 5 },
      ],
    });
  });
});

describe('contract form: validation shows errors under the form fields', () => {
  it('asks for covered stores and a name because a contract without them covers nothing', () => {
    const parsed = parseContractForm({ ...filled(), name: '', storeIds: [] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.field)).toEqual(expect.arrayContaining(['name', 'storeIds']));
  });

  it('puts a negative base fee under "baseFee", not the API name "baseFeeMinor"', () => {
    const parsed = parseContractForm({ ...filled(), baseFee: -1 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]?.field).toBe('baseFee');
  });

  it('rejects a commission above 100 % under "commissionPercent"', () => {
    const parsed = parseContractForm({ ...filled(), commissionPercent: 120 });
    expect(!parsed.ok && parsed.issues[0]?.field).toBe('commissionPercent');
  });

  it('rejects an SLA term enabled without hours', () => {
    const values = filled();
    values.slaTerms.client_request = { enabled: true, hours: '', clock: 'calendar' };
    const parsed = parseContractForm(values);
    expect(!parsed.ok && parsed.issues[0]?.field.startsWith('slaTerms')).toBe(true);
  });
});

describe('contract form: editing an existing contract', () => {
  it('shows minor units as major units and basis points as a percentage, with its terms ticked', () => {
    const contract = {
      id: 1,
      clientId: 3,
      clientName: 'Acme',
      name: 'JP care',
      tier: 'crisis_handling',
      startDate: '2026-01-01',
      endDate: null,
      renewalTerms: null,
      noticePeriodDays: 30,
      renewalReminderDays: 30,
      currency: 'JPY',
      baseFeeMinor: 300_000,
      commissionBps: 150,
      timeZone: 'Asia/Tokyo',
      businessHours: null,
      stores: [{ storeId: 9, displayName: 'JP main', platform: 'amazon', marketplace: 'JP', currency: 'JPY', archived: false }],
      slaTerms: [{ kind: 'poa_delivery', hours: 24, clock: 'calendar' }],
      feeClauses: [],
      targets: [],
      exitTerms: null,
      handoverNotes: null,
      notes: null,
      lifecycle: 'active',
      daysToEnd: null,
      noticeDeadline: null,
      archivedAt: null,
      createdAt: '',
      updatedAt: '',
    } satisfies Contract;
    const values = contractFormFrom(contract);
    expect(values).toMatchObject({ baseFee: 300_000, commissionPercent: 1.5, storeIds: [9], endDate: '', noticePeriodDays: 30 });
    expect(values.slaTerms.poa_delivery).toEqual({ enabled: true, hours: 24, clock: 'calendar' });
    expect(values.slaTerms.alert_acknowledge.enabled).toBe(false);
  });
});
