import { describe, expect, it } from 'vitest';
import { sortMatrixRows } from '../../../../src/renderer/src/pages/matrix/sort-matrix-rows';
import { cell, indexed, names, row } from './matrix-rows-fixture';

const ODR = 'amazon.odr_mfn';
const VTR = 'amazon.valid_tracking_rate';

describe('sorting the matrix', () => {
  const stores = indexed(
    row('Calm', { worstStatus: 'ok', healthScore: 100, cells: [cell(ODR, { value: 0.002 }), cell(VTR, { value: 0.99, status: 'ok', watch: 0.96, breach: 0.95 })] }),
    row('Burning', { worstStatus: 'breach', healthScore: 50, cells: [cell(ODR, { value: 0.012, status: 'breach' }), cell(VTR, { value: 0.9, status: 'breach', watch: 0.96, breach: 0.95 })] }),
    row('Wobbly', { worstStatus: 'watch', healthScore: 84, cells: [cell(ODR, { value: 0.008, status: 'watch' })] }),
    row('Smoking', { worstStatus: 'breach', healthScore: 75, cells: [cell(ODR, { value: 0.011, status: 'breach' }), cell(VTR, { value: 0.93, status: 'breach', watch: 0.96, breach: 0.95 })] }),
  );

  it('puts the worst status first and, among equals, the lower health score, by default', () => {
    expect(names(sortMatrixRows(stores, { by: 'worst', direction: 'desc' }, 'en-US'))).toEqual(['Burning', 'Smoking', 'Wobbly', 'Calm']);
  });

  it('reverses the worst-status order when ascending', () => {
    expect(names(sortMatrixRows(stores, { by: 'worst', direction: 'asc' }, 'en-US'))).toEqual(['Calm', 'Wobbly', 'Smoking', 'Burning']);
  });

  it('sorts by health score, lowest first when ascending', () => {
    expect(names(sortMatrixRows(stores, { by: 'health', direction: 'asc' }, 'en-US'))).toEqual(['Burning', 'Smoking', 'Wobbly', 'Calm']);
  });

  it('sorts a metric column by severity, then by how bad the value is for that metric (higher ODR is worse)', () => {
    expect(names(sortMatrixRows(stores, { by: 'metric', metricKey: ODR, direction: 'desc' }, 'en-US'))).toEqual(['Burning', 'Smoking', 'Wobbly', 'Calm']);
  });

  it('reads a higher-is-better metric the other way round: the lowest valid tracking rate is the most urgent', () => {
    const sorted = names(sortMatrixRows(stores, { by: 'metric', metricKey: VTR, direction: 'desc' }, 'en-US'));
    expect(sorted.slice(0, 3)).toEqual(['Burning', 'Smoking', 'Calm']);
  });

  it('keeps stores without a value at the bottom in both directions, because a blank is neither good nor bad', () => {
    expect(names(sortMatrixRows(stores, { by: 'metric', metricKey: VTR, direction: 'desc' }, 'en-US')).at(-1)).toBe('Wobbly');
    expect(names(sortMatrixRows(stores, { by: 'metric', metricKey: VTR, direction: 'asc' }, 'en-US'))).toEqual(['Calm', 'Smoking', 'Burning', 'Wobbly']);
  });

  it('ranks a value that does not count at the store stage as fine, whatever its status', () => {
    const rows = indexed(
      row('Cold', { cells: [cell(ODR, { value: 0.02, status: 'breach', matters: false })] }),
      row('Watched', { cells: [cell(ODR, { value: 0.008, status: 'watch' })] }),
    );
    expect(names(sortMatrixRows(rows, { by: 'metric', metricKey: ODR, direction: 'desc' }, 'en-US'))).toEqual(['Watched', 'Cold']);
  });

  it('sorts status metrics by their status although they carry no number', () => {
    const rows = indexed(
      row('Great', { cells: [cell('amazon.ahr_status', { value: null, platformStatus: 'GREAT', status: 'ok' })] }),
      row('Warned', { cells: [cell('amazon.ahr_status', { value: null, platformStatus: 'WARNED', status: 'breach' })] }),
    );
    expect(names(sortMatrixRows(rows, { by: 'metric', metricKey: 'amazon.ahr_status', direction: 'desc' }, 'en-US'))).toEqual(['Warned', 'Great']);
  });

  it('breaks ties by store name so the order never jumps between renders', () => {
    const rows = indexed(row('b store'), row('A store'), row('c store'));
    expect(names(sortMatrixRows(rows, { by: 'worst', direction: 'desc' }, 'en-US'))).toEqual(['A store', 'b store', 'c store']);
  });

  it('sorts names in the collation of the UI language (pinyin order in Chinese)', () => {
    const rows = indexed(row('张店'), row('李店'), row('王店'));
    expect(names(sortMatrixRows(rows, { by: 'name', direction: 'asc' }, 'zh-CN'))).toEqual(['李店', '王店', '张店']);
    expect(names(sortMatrixRows(rows, { by: 'name', direction: 'desc' }, 'zh-CN'))).toEqual(['张店', '王店', '李店']);
  });

  it('does not reorder the rows it was given', () => {
    const before = names(stores);
    sortMatrixRows(stores, { by: 'health', direction: 'asc' }, 'en-US');
    expect(names(stores)).toEqual(before);
  });
});
