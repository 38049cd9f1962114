import { describe, expect, it } from 'vitest';
import { buildGridItems } from '../../../../src/renderer/src/pages/matrix/matrix-grid-items';
import { indexed, row } from './matrix-rows-fixture';

const sorted = indexed(
  row('Kitsune JP', { clientId: 2, clientName: 'Kitsune', worstStatus: 'breach' }),
  row('Lumora US', { clientId: 1, clientName: 'Lumora', worstStatus: 'watch' }),
  row('Kitsune US', { clientId: 2, clientName: 'Kitsune', worstStatus: 'ok' }),
);

describe('the rows of the grid', () => {
  it('lists the sorted stores as they are when not grouped', () => {
    const layout = buildGridItems(sorted, false);
    expect(layout.items.map((item) => item.kind)).toEqual(['store', 'store', 'store']);
    expect(layout.itemIndexOfStore).toEqual([0, 1, 2]);
  });

  it('puts each client under a header where its first store stands in the sort, with its worst status', () => {
    const layout = buildGridItems(sorted, true);
    expect(layout.items.map((item) => (item.kind === 'group' ? `# ${item.clientName} ${item.storeCount} ${item.worstStatus}` : item.entry.row.displayName))).toEqual([
      '# Kitsune 2 breach',
      'Kitsune JP',
      'Kitsune US',
      '# Lumora 1 watch',
      'Lumora US',
    ]);
  });

  it('numbers stores in display order and maps each to its grid row, for the keyboard and the export', () => {
    const layout = buildGridItems(sorted, true);
    expect(layout.stores.map((entry) => entry.row.displayName)).toEqual(['Kitsune JP', 'Kitsune US', 'Lumora US']);
    expect(layout.itemIndexOfStore).toEqual([1, 2, 4]);
  });

  it('has no rows for no stores', () => {
    expect(buildGridItems([], true)).toEqual({ items: [], stores: [], itemIndexOfStore: [] });
  });
});
