import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/app-error';
import { emptyTargetForm, parseTargetForm, withDirectionalOrderIssue } from '../../../../src/renderer/src/pages/clients-stores/targets/target-form-values';

const base = { ...emptyTargetForm('2026-03-01'), metricKey: 'amazon.odr_mfn', note: 'Agreed with the client after the POA' };

describe('the target form', () => {
  it('sends percentages typed for a rate as fractions', () => {
    const parsed = parseTargetForm({ ...base, watch: '0.6', breach: '0.8%' }, { storeId: 7 });
    expect(parsed).toEqual({
      ok: true,
      input: { scope: { storeId: 7 }, metricKey: 'amazon.odr_mfn', watch: 0.006, breach: 0.008, effectiveFrom: '2026-03-01', note: 'Agreed with the client after the POA' },
    });
  });

  it('sends a blank watch level as null and counts as they are typed', () => {
    const parsed = parseTargetForm({ ...base, metricKey: 'amazon.account_health_rating', breach: '150' }, { clientId: 3 });
    expect(parsed.ok && parsed.input).toMatchObject({ scope: { clientId: 3 }, watch: null, breach: 150 });
  });

  it('leaves the order of watch and breach to the backend, which names the field', () => {
    expect(parseTargetForm({ ...base, watch: '2', breach: '1' }, { storeId: 7 }).ok).toBe(true);
  });

  it('asks for a metric, a breach level and a note', () => {
    const parsed = parseTargetForm({ ...emptyTargetForm('2026-03-01') }, { storeId: 7 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map(({ field, code }) => ({ field, code }))).toEqual(
      expect.arrayContaining([
        { field: 'metricKey', code: 'required' },
        { field: 'breach', code: 'required' },
        { field: 'note', code: 'required' },
      ]),
    );
  });

  it('says which level is not a number', () => {
    const parsed = parseTargetForm({ ...base, watch: 'soon', breach: '1' }, { storeId: 7 });
    expect(!parsed.ok && parsed.issues).toEqual([{ field: 'watch', code: 'not_a_number', message: 'is not a number' }]);
  });

  it('refuses a day that is not a date', () => {
    const parsed = parseTargetForm({ ...base, breach: '1', effectiveFrom: '2026-02-30' }, { storeId: 7 });
    expect(!parsed.ok && parsed.issues.map((issue) => issue.field)).toEqual(['effectiveFrom']);
  });
});

describe('the backend saying watch and breach are in the wrong order', () => {
  const orderError = new AppError('invalid_input', 'the watch level must be below the breach level', {
    issues: [{ field: 'watch', code: 'order', message: 'the watch level must be below the breach level for amazon.odr_mfn' }],
  });

  it('is told under the field in the metric\'s direction: below for a defect rate, above for a tracking rate', () => {
    expect(withDirectionalOrderIssue(orderError, 'amazon.odr_mfn').details?.issues?.[0]?.code).toBe('order_lower_is_better');
    expect(withDirectionalOrderIssue(orderError, 'amazon.valid_tracking_rate').details?.issues?.[0]?.code).toBe('order_higher_is_better');
  });

  it('leaves other failures as they are', () => {
    const other = new AppError('invalid_input', 'rates are fractions', { issues: [{ field: 'breach', code: 'not_fraction', message: 'x' }] });
    expect(withDirectionalOrderIssue(other, 'amazon.odr_mfn')).toBe(other);
    expect(withDirectionalOrderIssue(orderError, null)).toBe(orderError);
  });
});
