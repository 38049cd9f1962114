import { describe, expect, it } from 'vitest';
import { matrixHref, storeHref } from '../../../../src/renderer/src/pages/overview/view-links';

describe('links from the overview and the inbox', () => {
  it('opens the matrix filtered by worst status with the parameter the matrix reads', () => {
    expect(matrixHref('breach')).toBe('/matrix?status=breach');
    expect(matrixHref('no_data')).toBe('/matrix?status=no_data');
  });

  it('opens a store page, or the store on one metric on the day an alert fired', () => {
    expect(storeHref(7)).toBe('/stores/7');
    expect(storeHref(7, { metric: 'amazon.odr_mfn', date: '2026-11-19' })).toBe('/stores/7?metric=amazon.odr_mfn&date=2026-11-19');
    expect(storeHref(7, { metric: 'amazon.odr_mfn', date: null })).toBe('/stores/7?metric=amazon.odr_mfn');
  });
});
