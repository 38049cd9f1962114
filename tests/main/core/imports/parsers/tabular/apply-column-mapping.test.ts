import { describe, expect, it } from 'vitest';
import { applyMapping } from '../../../../../../src/main/core/imports/parsers/tabular/apply-column-mapping';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../../../../../../src/main/core/imports/parsers/tabular/column-mapping';
import { collectingSink } from '../collecting-sink';

/** Runs rows (header first, lines 1, 2, …) through a mapping. */
function run(mapping: ColumnMapping, rows: string[][]) {
  const sink = collectingSink();
  const [header = [], ...data] = rows;
  const handler = applyMapping(mapping, header, sink);
  data.forEach((fields, index) => handler?.(fields, index + 2));
  return { ...sink, handler };
}

const long = BUILT_IN_MAPPINGS['storefleet-long'];
const wide = BUILT_IN_MAPPINGS['storefleet-wide'];
const longHeader = ['store', 'metric', 'date', 'value', 'numerator', 'denominator'];

describe('applyMapping (long format)', () => {
  it('turns a row into a record for the store named in the store column, dated by the date column', () => {
    const { records, issues } = run(long, [longHeader, ['US Flagship', 'amazon.odr_mfn', '2026-10-31', '0.85%', '41', '4820']]);
    expect(issues).toEqual([]);
    expect(records).toEqual([{
      storeRef: { column: 'US Flagship' }, metricKey: 'amazon.odr_mfn', value: 0.0085, amountMinor: null, currency: null,
      numerator: 41, denominator: 4820, windowFrom: '2026-10-31', windowTo: '2026-10-31',
      platformTarget: null, platformTargetCondition: null, platformStatus: null, line: 2,
    }]);
  });

  it('keeps a plain fraction for a ratio metric as it is (0.0085 stays 0.0085)', () => {
    expect(run(long, [longHeader, ['S', 'amazon.odr_mfn', '2026-10-31', '0.0085', '', '']]).records[0]).toMatchObject({ value: 0.0085, numerator: null, denominator: null });
  });

  it('says a plain number above 1 for a ratio looks like a percent, and how to write it', () => {
    const { records, issues } = run(long, [longHeader, ['S', 'amazon.odr_mfn', '2026-10-31', '0.5', '', ''], ['S', 'amazon.odr_mfn', '2026-10-31', '85', '', '']]);
    expect(records).toHaveLength(1);
    expect(issues).toEqual([{
      line: 3, column: 'value', value: '85', message: 'Line 3, column "value": "85" looks like a percent; write 85% or the fraction 0.85.',
      code: 'ratio_looks_like_percent', params: { line: 3, column: 'value', metric: 'amazon.odr_mfn', value: '85', fraction: 0.85 },
    }]);
  });

  it('accepts a ratio above 100% when written as a percent (ACoS 120%)', () => {
    expect(run(long, [longHeader, ['S', 'ads.acos', '2026-10-31', '120%', '', '']]).records[0]?.value).toBe(1.2);
  });

  it('names an unknown metric key with its line', () => {
    const { issues } = run(long, [longHeader, ['S', 'amazon.not_a_metric', '2026-10-31', '1', '', '']]);
    expect(issues).toEqual([{
      line: 2, column: 'metric', value: 'amazon.not_a_metric', message: 'Unknown metric "amazon.not_a_metric" on line 2; use a metric key of the catalog, such as amazon.odr_mfn.',
      code: 'unknown_metric', params: { line: 2, metric: 'amazon.not_a_metric' },
    }]);
  });

  it('stores money as minor units with the currency from the currency column or the amount’s own symbol', () => {
    const header = [...longHeader, 'currency'];
    const { records, issues } = run(long, [
      header,
      ['S', 'amazon.ordered_product_sales', '2026-10-31', '¥12,000', '', '', 'JPY'],
      ['S', 'amazon.ordered_product_sales', '2026-10-31', 'US$1,234.56', '', '', ''],
    ]);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.value, r.amountMinor, r.currency])).toEqual([[null, 12000, 'JPY'], [null, 123456, 'USD']]);
  });

  it('refuses money whose currency is unknown, ambiguous, missing or contradicted', () => {
    const header = [...longHeader, 'currency'];
    const row = (value: string, currency: string) => ['S', 'amazon.ordered_product_sales', '2026-10-31', value, '', '', currency];
    const { records, issues } = run(long, [header, row('12', 'DOLLARS'), row('¥12,000', ''), row('12.00', ''), row('$12', 'JPY'), row('12000.5', 'JPY')]);
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.line, i.column, i.message])).toEqual([
      [2, 'value', 'Line 2, column "value": unknown currency "DOLLARS"; write an ISO code such as USD, JPY or CNY.'],
      [3, 'value', 'Line 3, column "value": "¥" is used for both yen and yuan; add a currency column or write JPY or CNY.'],
      [4, 'value', 'Line 4, column "value": "12.00" has no currency; add a currency column or write it like US$1,234.56 or 1234 JPY.'],
      [5, 'value', 'Line 5, column "value": "$12" is in USD but the currency column says JPY.'],
      [6, 'value', 'Line 6, column "value": "12000.5" has more decimals than JPY has minor units.'],
    ]);
  });

  it('reads a status metric’s cell as the platform status', () => {
    expect(run(long, [longHeader, ['S', 'amazon.ahr_status', '2026-10-31', 'WARNED', '', '']]).records[0]).toMatchObject({ value: null, platformStatus: 'WARNED' });
  });

  it('reports a bad numerator and drops that row', () => {
    const { records, issues } = run(long, [longHeader, ['S', 'amazon.odr_mfn', '2026-10-31', '0.5%', 'many', '100']]);
    expect(records).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'numerator', value: 'many' })]);
  });

  it('reports an empty store and a bad date on the same row, and yields nothing for it', () => {
    const { records, issues } = run(long, [longHeader, ['', 'amazon.odr_mfn', '2026-02-30', '0.5%', '', '']]);
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.line, i.column, i.value])).toEqual([[2, 'store', ''], [2, 'date', '2026-02-30']]);
  });

  it('uses from and to columns as the window when the file has them', () => {
    const header = ['Store', 'Metric', 'From', 'To', 'Value'];
    expect(run(long, [header, ['S', 'amazon.odr_mfn', '2026-09-01', '2026-10-30', '0.9%']]).records[0]).toMatchObject({ windowFrom: '2026-09-01', windowTo: '2026-10-30' });
    expect(run(long, [header, ['S', 'amazon.odr_mfn', '2026-10-30', '2026-09-01', '0.9%']]).issues).toEqual([expect.objectContaining({ line: 2, column: 'To' })]);
  });

  it('reports a missing date column, or the from/to pair that could stand in for it, on the header line', () => {
    const { handler, issues } = run(long, [['store', 'metric', 'value', 'to']]);
    expect(handler).toBeNull();
    expect(issues).toEqual([{
      line: 1, column: null, value: 'store, metric, value, to',
      message: 'The header on line 1 has neither a column "date" nor the columns "from" and "to"; choose a column mapping that fits this file.',
      code: 'missing_window_columns', params: { line: 1, date: 'date', from: 'from', to: 'to' },
    }]);
  });

  it('names every missing column of a custom mapping in an issue of its own, with nothing but names as its params', () => {
    const mapping: ColumnMapping = { kind: 'long', columns: { store: '店铺', metric: '指标', value: '数值', from: '开始', to: '结束' } };
    const { issues } = run(mapping, [['店铺', '数值', '结束']]);
    expect(issues.map((i) => [i.line, i.code, i.params])).toEqual([
      [1, 'missing_column', { line: 1, column: '开始' }],
      [1, 'missing_column', { line: 1, column: '指标' }],
    ]);
    expect(issues[0]?.message).toBe('The header on line 1 has no column "开始"; choose a column mapping that fits this file.');
  });

  it('honours the day-first date order and the decimal comma from the mapping options', () => {
    const mapping: ColumnMapping = { ...long, options: { dateOrder: 'dmy', decimal: 'comma' } };
    expect(run(mapping, [longHeader, ['S', 'amazon.sessions', '03/04/2026', '1.234', '', '']]).records[0]).toMatchObject({ value: 1234, windowFrom: '2026-04-03' });
  });
});

describe('applyMapping (wide format)', () => {
  it('maps every header that is a catalog metric key to that metric, one record per filled cell', () => {
    const { records, issues } = run(wide, [
      ['store', 'date', 'amazon.odr_mfn', 'amazon.sessions', 'remarks'],
      ['US Flagship', '2026-10-31', '0.85%', '2,800', 'anything'],
      ['JP Store', '2026-10-31', '', '1200', ''],
    ]);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.line, r.metricKey, r.value])).toEqual([[2, 'amazon.odr_mfn', 0.0085], [2, 'amazon.sessions', 2800], [3, 'amazon.sessions', 1200]]);
  });

  it('loses only the bad cell of a row', () => {
    const { records, issues } = run(wide, [['store', 'date', 'amazon.odr_mfn', 'amazon.sessions'], ['S', '2026-10-31', '12', '80']]);
    expect(records.map((r) => r.metricKey)).toEqual(['amazon.sessions']);
    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'amazon.odr_mfn', value: '12' })]);
  });

  it('maps custom headers to metric keys', () => {
    const mapping: ColumnMapping = { kind: 'wide', columns: { store: '店铺', date: '日期' }, metrics: { 订单缺陷率: 'amazon.odr_mfn' } };
    expect(run(mapping, [['店铺', '日期', '订单缺陷率'], ['深圳店', '2026/10/31', '0.85%']]).records[0]).toMatchObject({ storeRef: { column: '深圳店' }, metricKey: 'amazon.odr_mfn', value: 0.0085 });
  });

  it('asks for at least one metric column when none of the headers is a metric key', () => {
    expect(run(wide, [['store', 'date', 'ODR']]).issues).toEqual([expect.objectContaining({
      line: 1,
      message: 'The header on line 1 has no column named by a metric key, such as "amazon.odr_mfn"; choose a column mapping that fits this file.',
      code: 'missing_metric_columns', params: { line: 1, example: 'amazon.odr_mfn' },
    })]);
  });
});
