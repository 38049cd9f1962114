import type { MetricStatus } from '@shared/api/kpi-schemas';
import { STATUS_SEVERITY, type IndexedRow } from './matrix-rows';

export interface GroupItem {
  kind: 'group';
  clientId: number;
  clientName: string;
  storeCount: number;
  worstStatus: MetricStatus;
}

export interface StoreItem {
  kind: 'store';
  entry: IndexedRow;
  /** Position among the stores as displayed: the row the keyboard moves through. */
  position: number;
}

export type GridItem = GroupItem | StoreItem;

export interface GridLayout {
  items: GridItem[];
  /** Stores in display order (what the export writes). */
  stores: IndexedRow[];
  /** For each store position, its index in `items`. */
  itemIndexOfStore: number[];
}

/**
 * The grid's rows: the sorted stores, or with grouping one header per client followed by
 * its stores. A group stands where its first store would in the sorted list, so sorting
 * by worst status also brings the client in most trouble to the top.
 */
export function buildGridItems(sorted: readonly IndexedRow[], groupByClient: boolean): GridLayout {
  const ordered = groupByClient ? groupStores(sorted) : [sorted];
  const items: GridItem[] = [];
  const stores: IndexedRow[] = [];
  const itemIndexOfStore: number[] = [];
  for (const group of ordered) {
    const first = group[0];
    if (!first) continue;
    if (groupByClient) {
      const worstStatus = group.reduce<MetricStatus>(
        (worst, { row }) => (STATUS_SEVERITY[row.worstStatus] > STATUS_SEVERITY[worst] ? row.worstStatus : worst),
        'no_data',
      );
      items.push({ kind: 'group', clientId: first.row.clientId, clientName: first.row.clientName, storeCount: group.length, worstStatus });
    }
    for (const entry of group) {
      itemIndexOfStore.push(items.length);
      items.push({ kind: 'store', entry, position: stores.length });
      stores.push(entry);
    }
  }
  return { items, stores, itemIndexOfStore };
}

function groupStores(sorted: readonly IndexedRow[]): IndexedRow[][] {
  const groups = new Map<number, IndexedRow[]>();
  for (const entry of sorted) {
    const group = groups.get(entry.row.clientId);
    if (group) group.push(entry);
    else groups.set(entry.row.clientId, [entry]);
  }
  return [...groups.values()];
}
