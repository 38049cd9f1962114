import { describe, expect, it } from 'vitest';
import {
  dateRangeFor,
  readStorePageQuery,
  writeStorePageQuery,
} from '../../../../src/renderer/src/pages/store/store-page-query';

const TODAY = '2026-11-20';
const read = (search: string) => readStorePageQuery(new URLSearchParams(search), TODAY);

describe('the store page state in the URL', () => {
  it('opens on the last 90 days with no group or metric chosen', () => {
    expect(read('')).toEqual({ range: { kind: 'preset', days: 90 }, group: null, metric: null, date: null });
  });

  it('reads a preset range and a custom one', () => {
    expect(read('range=365').range).toEqual({ kind: 'preset', days: 365 });
    expect(read('range=custom&from=2026-01-01&to=2026-03-31').range).toEqual({ kind: 'custom', from: '2026-01-01', to: '2026-03-31' });
  });

  it('falls back to the default range for hand-edited links: unknown presets, bad days, reversed custom ranges', () => {
    for (const search of ['range=45', 'range=custom&from=2026-13-01&to=2026-03-31', 'range=custom&from=2026-03-31&to=2026-01-01', 'range=custom&from=2026-01-01']) {
      expect(read(search).range, search).toEqual({ kind: 'preset', days: 90 });
    }
  });

  it('opens the group of the metric the matrix linked to, since ?metric= alone must show that metric', () => {
    expect(read('metric=amazon.odr_mfn')).toMatchObject({ metric: 'amazon.odr_mfn', group: 'amazon_health' });
    expect(read('metric=amazon.odr_mfn&group=ads').group).toBe('ads');
    expect(read('metric=not.a.metric').group).toBeNull();
    expect(read('group=nonsense').group).toBeNull();
  });

  it('picks the shortest range that still shows the day an alert fired, or a custom range around an older day', () => {
    expect(read('date=2026-11-01').range).toEqual({ kind: 'preset', days: 30 });
    expect(read('date=2026-06-01').range).toEqual({ kind: 'preset', days: 180 });
    expect(read('date=2024-06-01').range).toEqual({ kind: 'custom', from: '2024-04-17', to: '2024-07-16' });
    expect(read('date=2026-11-01&range=365').range).toEqual({ kind: 'preset', days: 365 });
    expect(read('date=yesterday').date).toBeNull();
  });

  it('writes a change without dropping parameters it does not own, and clears from/to when leaving a custom range', () => {
    const custom = writeStorePageQuery(new URLSearchParams('metric=amazon.odr_mfn&tab=x'), { range: { kind: 'custom', from: '2026-01-01', to: '2026-02-01' } });
    expect(custom.toString()).toBe('metric=amazon.odr_mfn&tab=x&range=custom&from=2026-01-01&to=2026-02-01');
    const preset = writeStorePageQuery(custom, { range: { kind: 'preset', days: 30 }, group: 'ads', metric: null });
    expect(Object.fromEntries(preset)).toEqual({ tab: 'x', range: '30', group: 'ads' });
  });

  it('reads back what it wrote', () => {
    const written = writeStorePageQuery(new URLSearchParams(), { range: { kind: 'custom', from: '2026-05-01', to: '2026-05-31' }, group: 'funnel', metric: 'funnel.cvr' });
    expect(readStorePageQuery(written, TODAY)).toEqual({ range: { kind: 'custom', from: '2026-05-01', to: '2026-05-31' }, group: 'funnel', metric: 'funnel.cvr', date: null });
  });

  it('counts today as one of a preset range’s days', () => {
    expect(dateRangeFor({ kind: 'preset', days: 30 }, TODAY)).toEqual({ from: '2026-10-22', to: TODAY });
    expect(dateRangeFor({ kind: 'preset', days: 365 }, '2026-03-01')).toEqual({ from: '2025-03-02', to: '2026-03-01' });
    expect(dateRangeFor({ kind: 'custom', from: '2026-01-01', to: '2026-01-31' }, TODAY)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });
});
