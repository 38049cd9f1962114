import { describe, expect, it } from 'vitest';
import { feeClauseInputSchema } from '../../../../src/shared/api/agency-contract-schemas';
import { emptyFeeClauseRow, feeClauseInputFrom, feeClauseRowFrom } from '../../../../src/renderer/src/pages/contracts/fee-clause-rows';

describe('fee clause rows', () => {
  it('turns "bonus 5 % of base if ODR ≤ 0.5 %" into a fraction threshold and basis points', () => {
    const input = feeClauseInputFrom({ ...emptyFeeClauseRow(), metricKey: 'amazon.odr_mfn', thresholdText: '0.5', amount: 5 }, 'USD');
    expect(feeClauseInputSchema.parse(input)).toEqual({
      metricKey: 'amazon.odr_mfn',
      storeId: null,
      condition: 'lte',
      threshold: 0.005,
      effect: 'bonus',
      amount: { type: 'percent_of_base', bps: 500 },
    });
  });

  it('keeps a fixed reduction in minor units of the contract currency', () => {
    const input = feeClauseInputFrom({ ...emptyFeeClauseRow(), metricKey: 'amazon.odr_mfn', store: '4', thresholdText: '1', effect: 'reduction', amountType: 'fixed', amount: 12.5 }, 'USD');
    expect(input).toMatchObject({ storeId: 4, amount: { type: 'fixed', amountMinor: 1250 } });
  });

  it('lets the schema refuse a threshold that is not a number, naming the field', () => {
    const parsed = feeClauseInputSchema.safeParse(feeClauseInputFrom({ ...emptyFeeClauseRow(), metricKey: 'amazon.odr_mfn', thresholdText: 'low' }, 'USD'));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['threshold']);
  });

  it('shows a saved clause back as typed: percent for rates, major units for money', () => {
    const row = feeClauseRowFrom(
      { id: 1, metricKey: 'amazon.odr_mfn', storeId: null, condition: 'gt', threshold: 0.01, effect: 'reduction', amount: { type: 'fixed', amountMinor: 50_000 }, note: null },
      'JPY',
    );
    expect(row).toMatchObject({ thresholdText: '1', amountType: 'fixed', amount: 50_000, store: 'all' });
  });
});
