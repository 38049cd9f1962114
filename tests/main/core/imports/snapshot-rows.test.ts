import { describe, expect, it } from 'vitest';
import type { ParsedRecord } from '../../../../src/main/core/imports/import-sink';
import { SNAPSHOT_COLUMNS, SnapshotRows, VALUE_ONLY_COLUMNS } from '../../../../src/main/core/imports/snapshot-rows';

function record(metricKey: string, windowTo: string, value: number, extra: Partial<ParsedRecord> = {}): ParsedRecord {
  return {
    storeRef: null, metricKey, value, amountMinor: null, currency: null, numerator: null, denominator: null,
    windowFrom: windowTo, windowTo, platformTarget: null, platformTargetCondition: null, platformStatus: null, line: null, ...extra,
  };
}

function bound(rows: SnapshotRows, i: number, columns: number): unknown[] {
  const target: unknown[] = [];
  rows.bind(i, target, 0, columns);
  return target;
}

describe('the rows an import keeps until it writes them', () => {
  it('orders rows by store, metric, window end and start, and keeps file order among equal keys', () => {
    const rows = new SnapshotRows();
    rows.push(2, record('amazon.odr_mfn', '2026-11-02', 0.1));
    rows.push(1, record('amazon.refund_rate', '2026-11-01', 0.2));
    rows.push(1, record('amazon.odr_mfn', '2026-11-03', 0.3));
    rows.push(1, record('amazon.odr_mfn', '2026-11-01', 0.4));
    rows.push(2, record('amazon.odr_mfn', '2026-11-02', 0.5));
    rows.push(1, record('amazon.odr_mfn', '2026-11-03', 0.6, { windowFrom: '2026-10-01' }));
    const order = [...rows.keyOrder()];
    expect(order.map((i) => bound(rows, i, VALUE_ONLY_COLUMNS))).toEqual([
      [1, 'amazon.odr_mfn', '2026-11-01', '2026-11-01', 0.4],
      [1, 'amazon.odr_mfn', '2026-10-01', '2026-11-03', 0.6],
      [1, 'amazon.odr_mfn', '2026-11-03', '2026-11-03', 0.3],
      [1, 'amazon.refund_rate', '2026-11-01', '2026-11-01', 0.2],
      [2, 'amazon.odr_mfn', '2026-11-02', '2026-11-02', 0.1],
      [2, 'amazon.odr_mfn', '2026-11-02', '2026-11-02', 0.5],
    ]);
  });

  it('gives back every column, with NULL for what the record did not have', () => {
    const rows = new SnapshotRows();
    rows.push(7, record('amazon.sales', '2026-11-01', NaN, { value: null, amountMinor: 123_456, currency: 'USD' }));
    rows.push(7, record('amazon.odr_mfn', '2026-11-01', 0.004, { numerator: 4, denominator: 1000, platformTarget: 0.01, platformTargetCondition: 'LESS_THAN', platformStatus: 'GOOD' }));
    rows.push(7, record('amazon.refund_rate', '2026-11-01', 0));
    expect(SNAPSHOT_COLUMNS).toHaveLength(12);
    expect(bound(rows, 0, SNAPSHOT_COLUMNS.length)).toEqual([7, 'amazon.sales', '2026-11-01', '2026-11-01', null, 123_456, 'USD', null, null, null, null, null]);
    expect(bound(rows, 1, SNAPSHOT_COLUMNS.length)).toEqual([7, 'amazon.odr_mfn', '2026-11-01', '2026-11-01', 0.004, null, null, 4, 1000, 0.01, 'LESS_THAN', 'GOOD']);
    expect([0, 1, 2].map((i) => rows.hasExtra(i))).toEqual([true, true, false]);
    expect(bound(rows, 2, VALUE_ONLY_COLUMNS)).toEqual([7, 'amazon.refund_rate', '2026-11-01', '2026-11-01', 0]);
  });

  it('grows past its first capacity without losing rows', () => {
    const rows = new SnapshotRows();
    for (let i = 0; i < 5000; i++) rows.push(1 + (i % 3), record('amazon.odr_mfn', `2026-${String(1 + (i % 12)).padStart(2, '0')}-01`, i / 5000));
    expect(rows.length).toBe(5000);
    const order = rows.keyOrder();
    expect(new Set(order).size).toBe(5000);
    const keys = [...order].map((i) => bound(rows, i, VALUE_ONLY_COLUMNS).slice(0, 4).join('|'));
    expect(keys).toEqual([...keys].sort());
  });
});
