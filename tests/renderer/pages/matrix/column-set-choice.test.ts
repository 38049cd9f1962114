import { describe, expect, it } from 'vitest';
import type { ColumnSet } from '@shared/api/column-set-schemas';
import { presetMetricKeys } from '@shared/metrics/column-presets';
import { columnsKeyOf, metricKeysOf, resolveColumns } from '../../../../src/renderer/src/pages/matrix/column-set-choice';

const morning: ColumnSet = { id: 3, name: 'Morning', metricKeys: ['ads.acos', 'retired.metric', 'amazon.odr_mfn'], createdAt: '', updatedAt: '' };

describe('the columns of a column set choice', () => {
  it('takes a preset from the catalog', () => {
    expect(resolveColumns({ kind: 'preset', preset: 'ads' }, undefined, false)).toEqual({ status: 'ready', metricKeys: presetMetricKeys('ads'), savedSet: null });
  });

  it('keeps a saved set in its own order, leaving out metrics no longer in the catalog', () => {
    expect(resolveColumns({ kind: 'saved', id: 3 }, [morning], false)).toEqual({ status: 'ready', metricKeys: ['ads.acos', 'amazon.odr_mfn'], savedSet: morning });
  });

  it('waits for the saved sets, and says a set is missing when it was deleted or the list cannot be read', () => {
    expect(resolveColumns({ kind: 'saved', id: 3 }, undefined, false)).toEqual({ status: 'loading' });
    expect(resolveColumns({ kind: 'saved', id: 4 }, [morning], false)).toEqual({ status: 'missing' });
    expect(resolveColumns({ kind: 'saved', id: 3 }, undefined, true)).toEqual({ status: 'missing' });
  });
});

describe('the columns key the page memoises on', () => {
  it('round-trips the metric keys and falls back to the default preset for a missing set', () => {
    const ready = resolveColumns({ kind: 'adhoc', metricKeys: ['amazon.odr_mfn', 'ads.acos'] }, undefined, false);
    expect(metricKeysOf(columnsKeyOf(ready))).toEqual(['amazon.odr_mfn', 'ads.acos']);
    expect(metricKeysOf(columnsKeyOf({ status: 'loading' }))).toBeNull();
    expect(metricKeysOf(columnsKeyOf({ status: 'missing' }))).toEqual(presetMetricKeys('amazon_account_health'));
  });

  it('gives equal keys for equal columns, whatever the array', () => {
    const a = resolveColumns({ kind: 'preset', preset: 'ads' }, undefined, false);
    const b = resolveColumns({ kind: 'preset', preset: 'ads' }, undefined, false);
    expect(columnsKeyOf(a)).toBe(columnsKeyOf(b));
  });
});
