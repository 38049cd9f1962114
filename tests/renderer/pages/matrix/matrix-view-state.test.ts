import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  hasActiveFilters,
  parseMatrixView,
  serialiseMatrixView,
  toggleSort,
  type MatrixViewState,
} from '../../../../src/renderer/src/pages/matrix/matrix-view-state';

const parse = (query: string) => parseMatrixView(new URLSearchParams(query));
const serialise = (view: MatrixViewState) => serialiseMatrixView(view).toString();

describe('the matrix view in the URL', () => {
  it('reads an empty query as the default view: Amazon account health, worst status first, no filters', () => {
    expect(parse('')).toEqual(DEFAULT_VIEW);
  });

  it('writes the default view as an empty query, so a plain /matrix link is the default', () => {
    expect(serialise(DEFAULT_VIEW)).toBe('');
  });

  it('keeps every part of a view across a round trip, because a bookmark must reopen the same view', () => {
    const view: MatrixViewState = {
      columns: { kind: 'preset', preset: 'tiktok_shop' },
      sort: { by: 'metric', metricKey: 'tiktok.late_dispatch_rate', direction: 'asc' },
      filters: { clientId: 7, platform: 'tiktok_shop', marketplace: 'US', accountManager: '李娜 Li Na', stage: 'growth', statuses: ['watch', 'breach'] },
      search: 'lumora 光墨',
      groupByClient: true,
    };
    expect(parse(serialise(view))).toEqual(view);
  });

  it('round-trips saved and ad-hoc column sets', () => {
    const saved: MatrixViewState = { ...DEFAULT_VIEW, columns: { kind: 'saved', id: 12 } };
    const adhoc: MatrixViewState = { ...DEFAULT_VIEW, columns: { kind: 'adhoc', metricKeys: ['amazon.odr_mfn', 'ads.acos'] } };
    expect(parse(serialise(saved))).toEqual(saved);
    expect(parse(serialise(adhoc))).toEqual(adhoc);
    expect(serialise(adhoc)).toBe('cols=amazon.odr_mfn%2Cads.acos');
  });

  it('leaves out a sort direction that is the default for its column, so equal views have equal URLs', () => {
    expect(serialise({ ...DEFAULT_VIEW, sort: { by: 'health', direction: 'asc' } })).toBe('sort=health');
    expect(serialise({ ...DEFAULT_VIEW, sort: { by: 'health', direction: 'desc' } })).toBe('sort=health&dir=desc');
    expect(serialise({ ...DEFAULT_VIEW, sort: { by: 'worst', direction: 'asc' } })).toBe('dir=asc');
  });

  it('writes statuses once each in the usual order whatever order they were chosen in', () => {
    const view = parse('status=watch,breach,watch');
    expect(view.filters.statuses).toEqual(['watch', 'breach']);
    expect(serialise(view)).toBe('status=watch%2Cbreach');
  });

  it('drops what it does not know instead of failing, because old or hand-edited bookmarks must still open', () => {
    const view = parse('set=nope&sort=not.a.metric&dir=sideways&client=-3&platform=ebay&marketplace=XX&stage=teen&status=bad,ok&cols=nope.metric');
    expect(view.columns).toEqual(DEFAULT_VIEW.columns);
    expect(view.sort).toEqual(DEFAULT_VIEW.sort);
    expect(view.filters).toEqual({ ...DEFAULT_VIEW.filters, statuses: ['ok'] });
  });

  it('keeps only catalog metrics of an ad-hoc column list, once each', () => {
    expect(parse('cols=amazon.odr_mfn,unknown.metric,amazon.odr_mfn').columns).toEqual({ kind: 'adhoc', metricKeys: ['amazon.odr_mfn'] });
  });

  it('prefers ad-hoc columns over a saved set over a preset when a URL names several', () => {
    expect(parse('set=ads&saved=4&cols=ads.roas').columns).toEqual({ kind: 'adhoc', metricKeys: ['ads.roas'] });
    expect(parse('set=ads&saved=4').columns).toEqual({ kind: 'saved', id: 4 });
  });

  it('treats a blank search or manager as none', () => {
    expect(parse('q=%20%20&manager=%20').search).toBe('');
    expect(parse('manager=%20').filters.accountManager).toBeNull();
  });
});

describe('sorting from a column header', () => {
  it('flips the direction when the sorted column is clicked again', () => {
    expect(toggleSort({ by: 'health', direction: 'asc' }, { by: 'health' })).toEqual({ by: 'health', direction: 'desc' });
  });

  it('starts a metric column with the most urgent stores first, because that is why one sorts by it', () => {
    expect(toggleSort({ by: 'name', direction: 'asc' }, { by: 'metric', metricKey: 'amazon.odr_mfn' })).toEqual({
      by: 'metric',
      metricKey: 'amazon.odr_mfn',
      direction: 'desc',
    });
  });

  it('treats another metric as another column', () => {
    const sorted = { by: 'metric', metricKey: 'amazon.odr_mfn', direction: 'asc' } as const;
    expect(toggleSort(sorted, { by: 'metric', metricKey: 'amazon.odr_afn' }).direction).toBe('desc');
  });
});

describe('whether a view is filtered', () => {
  it('counts the search and every filter, but not sort or columns', () => {
    expect(hasActiveFilters(DEFAULT_VIEW)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_VIEW, search: 'x' })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, statuses: ['breach'] } })).toBe(true);
  });
});
