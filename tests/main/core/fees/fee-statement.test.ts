import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractInput, everyDay, seedAgency, seedMoney, type Agency } from '../../../helpers/contract-fixtures';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { dailySeries, seedSnapshots } from '../../../helpers/seed-snapshots';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let agency: Agency;
beforeEach(() => {
  backend = openTestBackend(() => new Date('2026-11-20T09:30:00Z'));
  agency = seedAgency(backend);
});
afterEach(() => backend.dispose());

const statement = (month = '2026-10') => backend.api.call('fees.statement', { clientId: agency.clientId, month });

describe('fees.statement', () => {
  it('sums the month\'s daily GMV of covered stores, converts it at the month\'s rate and explains every line', () => {
    backend.api.call('contracts.create', contractInput(agency, {
      storeIds: [agency.jpStoreId, agency.usStoreId, agency.tiktokStoreId],
      feeClauses: [{ metricKey: 'amazon.odr_mfn', storeId: agency.jpStoreId, condition: 'lte', threshold: 0.005, effect: 'bonus', amount: { type: 'percent_of_base', bps: 500 } }],
    }));
    seedMoney(backend, agency.jpStoreId, 'amazon.ordered_product_sales', 'JPY', everyDay('2026-10', 100_000));
    seedMoney(backend, agency.usStoreId, 'amazon.ordered_product_sales', 'USD', everyDay('2026-10', 50_000));
    // TikTok reports GMV twice (shop and funnel): only the shop figure counts.
    seedMoney(backend, agency.tiktokStoreId, 'tiktok.gmv', 'USD', everyDay('2026-10', 10_000));
    seedMoney(backend, agency.tiktokStoreId, 'funnel.gmv', 'USD', everyDay('2026-10', 10_000));
    // A later import of one day wins over the first; a month total beside the days is not added.
    seedMoney(backend, agency.jpStoreId, 'amazon.ordered_product_sales', 'JPY', [['2026-10-31', 200_000]]);
    backend.ctx.workspace.sqlite
      .prepare("INSERT INTO metric_snapshots (store_id, metric_key, amount_minor, currency, window_from, window_to, import_batch_id) VALUES (?, 'amazon.ordered_product_sales', 9999999, 'JPY', '2026-10-01', '2026-10-31', 1)")
      .run(agency.jpStoreId);
    seedSnapshots(backend, agency.jpStoreId, dailySeries('amazon.odr_mfn', '2026-10-31', [0.006, 0.004]));
    backend.api.call('fx.set', { month: '2026-10', currency: 'JPY', quoteCurrency: 'USD', rate: 0.0066 });

    const result = statement();
    expect(result).toMatchObject({ clientName: 'Kitsune Outdoor', month: '2026-10', complete: true, warnings: [] });
    const [section] = result.sections;
    const commission = section!.lines.find((l) => l.kind === 'commission');
    expect(commission?.kind === 'commission' && commission.detail.stores.map((s) => [s.metricKey, s.gmvMinor, s.fxSource, s.convertedMinor])).toEqual([
      ['amazon.ordered_product_sales', 3_200_000, 'same_currency', 3_200_000],
      // $15,500.00 at 1 / 0.0066 ¥/$ = ¥2,348,484.8 → ¥2,348,485
      ['amazon.ordered_product_sales', 1_550_000, 'inverse', 2_348_485],
      ['tiktok.gmv', 310_000, 'inverse', 469_697],
    ]);
    // GMV ¥6,018,182 × 3 % = ¥180,545.46 → ¥180,545; bonus 5 % of ¥300,000.
    expect(section!.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ['base_fee', 300_000],
      ['commission', 180_545],
      ['kpi_bonus', 15_000],
    ]);
    expect(result.totals).toEqual([{ currency: 'JPY', amountMinor: 495_545 }]);
  });

  it('prorates a contract that starts mid-month and counts only GMV from its first day', () => {
    backend.api.call('contracts.create', contractInput(agency, { startDate: '2026-10-22', storeIds: [agency.jpStoreId] }));
    seedMoney(backend, agency.jpStoreId, 'amazon.ordered_product_sales', 'JPY', everyDay('2026-10', 100_000));
    const [section] = statement().sections;
    expect(section).toMatchObject({ daysCovered: 10, daysInMonth: 31 });
    expect(section!.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ['base_fee', 96_774],
      ['commission', 30_000],
    ]);
  });

  it('warns per store of a missing FX rate or missing GMV instead of counting a silent zero', () => {
    backend.api.call('contracts.create', contractInput(agency, { storeIds: [agency.jpStoreId, agency.usStoreId] }));
    seedMoney(backend, agency.usStoreId, 'amazon.ordered_product_sales', 'USD', everyDay('2026-10', 50_000, 12));
    const result = statement();
    const commission = result.sections[0]!.lines.find((l) => l.kind === 'commission')!;
    expect(commission.amountMinor).toBe(0);
    expect(commission.warnings.map((w) => w.code)).toEqual(['missing_gmv', 'partial_gmv', 'missing_fx_rate']);
    expect(commission.warnings[0]!.message).toBe('Kitsune Outdoor Amazon JP reported no GMV for 2026-10-01 to 2026-10-31; its commission is left out');
    expect(result.complete).toBe(false);
  });

  it('expects GMV of a running month only up to yesterday in the contract\'s zone, and none for a month to come', () => {
    backend.api.call('contracts.create', contractInput(agency, { storeIds: [agency.jpStoreId] }));
    seedMoney(backend, agency.jpStoreId, 'amazon.ordered_product_sales', 'JPY', everyDay('2026-11', 100_000, 19));
    const november = statement('2026-11');
    const commission = november.sections[0]!.lines.find((l) => l.kind === 'commission')!;
    expect(commission.kind === 'commission' && commission.detail.stores[0]).toMatchObject({ daysReported: 19, daysExpected: 19, gmvMinor: 1_900_000 });
    expect(november.complete).toBe(true);
    expect(statement('2026-12')).toMatchObject({ complete: true, totals: [{ currency: 'JPY', amountMinor: 300_000 }] });
  });

  it('answers an empty statement with a warning for a month no contract ran, and refuses a bad month or client', () => {
    backend.api.call('contracts.create', contractInput(agency));
    expect(statement('2026-05')).toMatchObject({ sections: [], totals: [], complete: false, warnings: [{ code: 'no_active_contract' }] });
    expect(appErrorOf(() => statement('2026-5')).details?.issues?.[0]).toMatchObject({ field: 'month', code: 'invalid_format' });
    expect(appErrorOf(() => backend.api.call('fees.statement', { clientId: 999, month: '2026-10' })).code).toBe('not_found');
  });
});

describe('FX rates', () => {
  it('keeps one rate per month and pair, replaced when set again, and refuses a pair of one currency', () => {
    backend.api.call('fx.set', { month: '2026-10', currency: 'USD', quoteCurrency: 'JPY', rate: 150 });
    expect(backend.api.call('fx.set', { month: '2026-10', currency: 'USD', quoteCurrency: 'JPY', rate: 151.25 })).toMatchObject({ rate: 151.25, updatedBy: 'test' });
    backend.api.call('fx.set', { month: '2026-09', currency: 'USD', quoteCurrency: 'CNY', rate: 7.1 });
    expect(backend.api.call('fx.list').map((r) => `${r.month} ${r.currency}>${r.quoteCurrency} ${r.rate}`)).toEqual(['2026-10 USD>JPY 151.25', '2026-09 USD>CNY 7.1']);
    expect(backend.api.call('fx.list', { month: '2026-09' })).toHaveLength(1);
    expect(appErrorOf(() => backend.api.call('fx.set', { month: '2026-10', currency: 'USD', quoteCurrency: 'USD', rate: 1 })).details?.issues?.[0]).toMatchObject({ field: 'quoteCurrency', code: 'same_currency' });
    expect(appErrorOf(() => backend.api.call('fx.set', { month: '2026-10', currency: 'USD', quoteCurrency: 'JPY', rate: 0 })).details?.issues?.[0]).toMatchObject({ field: 'rate', code: 'too_small' });
    expect(backend.api.call('fx.remove', { month: '2026-10', currency: 'USD', quoteCurrency: 'JPY' })).toEqual({ removed: true });
    expect(appErrorOf(() => backend.api.call('fx.remove', { month: '2026-10', currency: 'USD', quoteCurrency: 'JPY' })).code).toBe('not_found');
  });
});
