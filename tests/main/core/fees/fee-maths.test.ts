import { describe, expect, it } from 'vitest';
import { computeFeeSection, type FeeSectionInput } from '../../../../src/main/core/fees/compute-fee-section';
import { convertMinor, formatMinor, mulDivRound, prorateMinor, roundHalfAwayFromZero, shareOfMinor } from '../../../../src/main/core/fees/fee-maths';
import type { FxLookup } from '../../../../src/main/core/fees/fx-rate-service';

describe('fee arithmetic in minor units', () => {
  it('rounds half away from zero, after shedding binary noise', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(1.005 * 100)).toBe(101);
    expect(mulDivRound(1, 1, 2)).toBe(1);
    expect(mulDivRound(-1, 1, 2)).toBe(-1);
  });

  it('takes basis points of an amount exactly: 2.5 % of $1,234.57 is $30.86 (30.864… rounds down)', () => {
    expect(shareOfMinor(123_457, 250)).toBe(3086);
    // 3 % of ¥123,450 is ¥3,703.5: half a yen rounds up.
    expect(shareOfMinor(123_450, 300)).toBe(3704);
  });

  it('prorates the base fee by days of the month the contract ran', () => {
    expect(prorateMinor(300_000, 30, 30)).toBe(300_000);
    expect(prorateMinor(300_000, 15, 30)).toBe(150_000);
    // $2,500.00 × 10/31 = $806.4516… → $806.45
    expect(prorateMinor(250_000, 10, 31)).toBe(80_645);
  });

  it('converts between currencies with different minor units (cents ↔ yen)', () => {
    // $1,000.00 at 151.25 ¥/$ = ¥151,250
    expect(convertMinor(100_000, 'USD', 'JPY', 151.25)).toBe(151_250);
    // ¥10,000 at 1/151.25 $/¥ = $66.1157… → $66.12
    expect(convertMinor(10_000, 'JPY', 'USD', 1 / 151.25)).toBe(6612);
    expect(formatMinor(6612, 'USD')).toBe('66.12 USD');
    expect(formatMinor(151_250, 'JPY')).toBe('151,250 JPY');
  });
});

const fx: FxLookup = (from, to) => {
  if (from === to) return { rate: 1, source: 'same_currency' };
  if (from === 'USD' && to === 'JPY') return { rate: 150, source: 'direct' };
  if (from === 'JPY' && to === 'USD') return { rate: 1 / 150, source: 'inverse' };
  return null;
};

function input(overrides: Partial<FeeSectionInput>): FeeSectionInput {
  return {
    contract: { id: 1, name: 'Full management', currency: 'JPY', baseFeeMinor: 300_000, commissionBps: 300 },
    month: '2026-10',
    covered: { from: '2026-10-01', to: '2026-10-31', days: 31, daysExpected: 31 },
    daysInMonth: 31,
    stores: [],
    fx,
    clauses: [],
    ...overrides,
  };
}

const gmv = (storeId: number, currency: string, gmvMinor: number | null, daysReported = 31) => ({
  storeId,
  storeName: `Store ${storeId}`,
  currency,
  reading: { metricKey: gmvMinor === null ? null : 'amazon.ordered_product_sales', gmvMinor, daysReported },
});

describe('a fee statement section', () => {
  it('in JPY: base + 3 % of GMV (a yen store and a dollar store converted at 150) + a 5 % bonus, with a reduction not met', () => {
    const section = computeFeeSection(
      input({
        stores: [gmv(1, 'JPY', 4_000_000), gmv(2, 'USD', 1_234_567)],
        clauses: [
          {
            clause: { id: 11, metricKey: 'amazon.odr_mfn', storeId: 1, condition: 'lte', threshold: 0.005, effect: 'bonus', amount: { type: 'percent_of_base', bps: 500 }, note: null },
            storeName: 'Store 1',
            unit: 'ratio',
            measured: { value: 0.004, date: '2026-10-31' },
            note: null,
          },
          {
            clause: { id: 12, metricKey: 'amazon.valid_tracking_rate', storeId: null, condition: 'lt', threshold: 0.95, effect: 'reduction', amount: { type: 'fixed', amountMinor: 1000 }, note: null },
            storeName: null,
            unit: 'ratio',
            measured: { value: 0.97, date: '2026-10-31' },
            note: null,
          },
        ],
      }),
    );
    // $12,345.67 × 150 = ¥1,851,850.5 → ¥1,851,851; GMV ¥5,851,851; 3 % = ¥175,555.53 → ¥175,556.
    expect(section.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ['base_fee', 300_000],
      ['commission', 175_556],
      ['kpi_bonus', 15_000],
      ['kpi_reduction', 0],
    ]);
    expect(section.subtotalMinor).toBe(490_556);
    expect(section.complete).toBe(true);
    const commission = section.lines[1]!;
    expect(commission.description).toBe('Commission 3 % of GMV 5,851,851 JPY (2 of 2 stores)');
    expect(commission.kind === 'commission' && commission.detail.stores[1]).toMatchObject({ fxRate: 150, fxSource: 'direct', convertedMinor: 1_851_851 });
    expect(section.lines[2]!.description).toBe('Bonus 5 % of the base fee (15,000 JPY) if amazon.odr_mfn (Store 1) ≤ 0.5 % at month end — 0.4 % on 2026-10-31: applied');
    expect(section.lines[3]!.description).toBe('Reduction 1,000 JPY if amazon.valid_tracking_rate (all covered stores) < 95 % at month end — 97 % on 2026-10-31: not met');
  });

  it('in USD: a prorated base, 2.5 % of GMV in cents, and a 10 % reduction of the prorated base', () => {
    const section = computeFeeSection(
      input({
        contract: { id: 2, name: 'Crisis', currency: 'USD', baseFeeMinor: 250_000, commissionBps: 250 },
        covered: { from: '2026-10-22', to: '2026-10-31', days: 10, daysExpected: 10 },
        stores: [gmv(2, 'USD', 1_000_001, 10), gmv(1, 'JPY', 1_000_000, 10)],
        clauses: [
          {
            clause: { id: 13, metricKey: 'amazon.late_shipment_rate', storeId: 2, condition: 'gt', threshold: 0.04, effect: 'reduction', amount: { type: 'percent_of_base', bps: 1000 }, note: null },
            storeName: 'Store 2',
            unit: 'ratio',
            measured: { value: 0.05, date: '2026-10-30' },
            note: null,
          },
        ],
      }),
    );
    // Base $2,500.00 × 10/31 = $806.45. GMV $10,000.01 + ¥1,000,000 / 150 = $6,666.67 → $16,666.68; 2.5 % = $416.667 → $416.67.
    // Reduction 10 % of $806.45 = $80.645 → $80.65 (half away from zero).
    expect(section.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ['base_fee', 80_645],
      ['commission', 41_667],
      ['kpi_reduction', -8065],
    ]);
    expect(section.subtotalMinor).toBe(114_247);
    expect(section.lines[0]!.description).toBe('Monthly base fee 2,500.00 USD × 10/31 days (2026-10-22 to 2026-10-31)');
  });

  it('leaves out a store without GMV or without an FX rate, saying so on the line, and marks the section incomplete', () => {
    const section = computeFeeSection(input({ stores: [gmv(1, 'JPY', 1_000_000, 20), gmv(2, 'EUR', 50_000), gmv(3, 'USD', null)] }));
    const commission = section.lines[1]!;
    expect(commission.amountMinor).toBe(30_000);
    expect(commission.warnings.map((w) => [w.code, w.params])).toEqual([
      ['partial_gmv', { storeId: 1, storeName: 'Store 1', month: '2026-10', daysReported: 20, daysExpected: 31 }],
      ['missing_fx_rate', { storeId: 2, storeName: 'Store 2', month: '2026-10', currency: 'EUR', quoteCurrency: 'JPY' }],
      ['missing_gmv', { storeId: 3, storeName: 'Store 3', month: '2026-10' }],
    ]);
    expect(commission.warnings[1]!.message).toBe("No FX rate EUR→JPY for 2026-10: Store 2's GMV is left out; add the rate in Settings");
    expect(section.complete).toBe(false);
  });

  it('does not apply a clause it has no value for, and warns instead of counting it as met or missed', () => {
    const section = computeFeeSection(
      input({
        contract: { id: 1, name: 'Monitoring', currency: 'JPY', baseFeeMinor: 100_000, commissionBps: 0 },
        clauses: [
          {
            clause: { id: 14, metricKey: 'amazon.odr_mfn', storeId: null, condition: 'lte', threshold: 0.005, effect: 'bonus', amount: { type: 'fixed', amountMinor: 5000 }, note: null },
            storeName: null,
            unit: 'ratio',
            measured: null,
            note: null,
          },
        ],
      }),
    );
    expect(section.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ['base_fee', 100_000],
      ['kpi_bonus', 0],
    ]);
    expect(section.lines[1]!.warnings[0]).toMatchObject({ code: 'missing_kpi_value', params: { clauseId: 14, metricKey: 'amazon.odr_mfn', month: '2026-10' } });
    expect(section.complete).toBe(false);
  });
});
