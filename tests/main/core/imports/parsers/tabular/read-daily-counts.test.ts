import { describe, expect, it } from 'vitest';
import { applyMapping } from '../../../../../../src/main/core/imports/parsers/tabular/apply-column-mapping';
import { BUILT_IN_MAPPINGS } from '../../../../../../src/main/core/imports/parsers/tabular/column-mapping';
import { collectingSink } from '../collecting-sink';

const header = ['store', 'metric', 'date', 'value', 'numerator', 'denominator'];

/** Rows of the Storefleet long format (header first, data from line 2). */
function run(rows: string[][], head = header) {
  const sink = collectingSink();
  const handler = applyMapping(BUILT_IN_MAPPINGS['storefleet-long'], head, sink);
  rows.forEach((fields, index) => handler?.(fields, index + 2));
  return sink;
}

describe('daily counts in the Storefleet long format (<metric>.daily)', () => {
  it('keeps a day of ODR counts as a one-day snapshot of amazon.odr_mfn.daily, computing the rate from the counts', () => {
    const { records, issues } = run([['US Flagship', 'amazon.odr_mfn.daily', '2026-11-20', '', '3', '150']]);
    expect(issues).toEqual([]);
    expect(records).toEqual([
      expect.objectContaining({ metricKey: 'amazon.odr_mfn.daily', value: 0.02, numerator: 3, denominator: 150, windowFrom: '2026-11-20', windowTo: '2026-11-20' }),
    ]);
  });

  it('accepts a written rate rounded to a tenth of a percent, and keeps the exact one, because the counts are what the planner reads', () => {
    const { records, issues } = run([['S', 'amazon.late_shipment_rate.daily', '2026-11-20', '0.7%', '2', '300']]);
    expect(issues).toEqual([]);
    expect(records[0]?.value).toBeCloseTo(2 / 300, 12);
  });

  it('counts a day without orders as rate 0, as the recovery planner does', () => {
    expect(run([['S', 'amazon.odr_mfn.daily', '2026-11-20', '', '0', '0']]).records[0]).toMatchObject({ value: 0, numerator: 0, denominator: 0 });
  });

  it('refuses a row without its numerator, naming the line and the numerator column, because a day of counts needs both', () => {
    const { records, issues } = run([['S', 'amazon.odr_mfn.daily', '2026-11-20', '0.02', '', '150']]);
    expect(records).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'numerator', code: 'daily_counts_missing', params: expect.objectContaining({ metric: 'amazon.odr_mfn.daily' }) })]);
  });

  it('refuses daily counts from a file without a denominator column, naming the column the mapping expects', () => {
    const { issues } = run([['S', 'amazon.odr_mfn.daily', '2026-11-20', '', '3']], ['store', 'metric', 'date', 'value', 'numerator']);
    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'denominator', code: 'daily_counts_missing' })]);
  });

  it('refuses defects on a day with zero orders, because the numerator cannot exceed the denominator', () => {
    const { records, issues } = run([['S', 'amazon.odr_mfn.daily', '2026-11-20', '', '2', '0']]);
    expect(records).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ line: 2, column: 'numerator', code: 'daily_counts_numerator_exceeds', params: expect.objectContaining({ numerator: 2, denominator: 0 }) }),
    ]);
  });

  it('refuses a written rate that does not match the counts, naming the value column', () => {
    const { issues } = run([['S', 'amazon.odr_mfn.daily', '2026-11-20', '5%', '3', '150']]);
    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'value', value: '5%', code: 'daily_counts_value_mismatch' })]);
  });

  it('refuses a window longer than one day, because daily counts are one day each', () => {
    const { issues } = run([['S', 'amazon.odr_mfn.daily', '2026-11-01', '2026-11-02', '', '3', '150']], ['store', 'metric', 'from', 'to', 'value', 'numerator', 'denominator']);
    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'to', code: 'daily_counts_one_day' })]);
  });

  it('refuses daily counts of a metric without a rolling window (GMV, a one-day CVR), naming line and metric column', () => {
    const { records, issues } = run([
      ['S', 'amazon.ordered_product_sales.daily', '2026-11-20', '', '1', '2'],
      ['S', 'amazon.unit_session_percentage.daily', '2026-11-20', '', '1', '2'],
    ]);
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'metric', 'daily_counts_unsupported'],
      [3, 'metric', 'daily_counts_unsupported'],
    ]);
  });

  it('still calls a key that names no catalog metric unknown', () => {
    expect(run([['S', 'amazon.nothing.daily', '2026-11-20', '', '1', '2']]).issues).toEqual([
      expect.objectContaining({ line: 2, column: 'metric', value: 'amazon.nothing.daily', code: 'unknown_metric' }),
    ]);
  });
});
