import { describe, expect, it } from 'vitest';
import { filterMatrixRows } from '../../../../src/renderer/src/pages/matrix/filter-matrix-rows';
import { NO_FILTERS } from '../../../../src/renderer/src/pages/matrix/matrix-view-state';
import { indexed, names, row } from './matrix-rows-fixture';

const stores = indexed(
  row('Lumora Amazon US', { worstStatus: 'breach', clientId: 1, clientName: 'Lumora Home 光墨家居' }),
  row('Lumora Amazon JP', { worstStatus: 'ok', marketplace: 'JP', clientId: 1, clientName: 'Lumora Home 光墨家居' }),
  row('Kitsune TikTok US', { worstStatus: 'watch', platform: 'tiktok_shop', stage: 'growth', clientId: 2, clientName: 'Kitsune Outdoor', accountManager: '王浩 Wang Hao' }),
  row('Northpeak Shopify US', { worstStatus: 'breach', platform: 'shopify', clientId: 3, clientName: 'Northpeak Gear', accountManager: null }),
);

describe('filtering the matrix', () => {
  it('keeps every store without filters or search', () => {
    expect(filterMatrixRows(stores, NO_FILTERS, '').rows).toHaveLength(4);
  });

  it('searches store and client names, ignoring case and full-width letters typed by an IME', () => {
    expect(names(filterMatrixRows(stores, NO_FILTERS, 'ＫＩＴＳＵＮＥ').rows)).toEqual(['Kitsune TikTok US']);
    expect(names(filterMatrixRows(stores, NO_FILTERS, '光墨').rows)).toEqual(['Lumora Amazon US', 'Lumora Amazon JP']);
  });

  it('combines filters: all must match', () => {
    const filters = { ...NO_FILTERS, clientId: 1, marketplace: 'JP' as const };
    expect(names(filterMatrixRows(stores, filters, '').rows)).toEqual(['Lumora Amazon JP']);
  });

  it('filters by platform, stage and account manager', () => {
    expect(names(filterMatrixRows(stores, { ...NO_FILTERS, platform: 'shopify' }, '').rows)).toEqual(['Northpeak Shopify US']);
    expect(names(filterMatrixRows(stores, { ...NO_FILTERS, stage: 'growth' }, '').rows)).toEqual(['Kitsune TikTok US']);
    expect(names(filterMatrixRows(stores, { ...NO_FILTERS, accountManager: '王浩 Wang Hao' }, '').rows)).toEqual(['Kitsune TikTok US']);
  });

  it('filters by worst status, any of the chosen ones', () => {
    const { rows } = filterMatrixRows(stores, { ...NO_FILTERS, statuses: ['breach', 'watch'] }, '');
    expect(names(rows)).toEqual(['Lumora Amazon US', 'Kitsune TikTok US', 'Northpeak Shopify US']);
  });

  it('counts worst statuses before the status filter, so each chip says how many stores choosing it would show', () => {
    const { statusCounts } = filterMatrixRows(stores, { ...NO_FILTERS, clientId: 1, statuses: ['ok'] }, '');
    expect(statusCounts).toEqual({ ok: 1, watch: 0, breach: 1, stale: 0, no_data: 0 });
  });

  it('finds nothing rather than everything when nothing matches', () => {
    expect(filterMatrixRows(stores, NO_FILTERS, 'no such store').rows).toEqual([]);
  });
});
