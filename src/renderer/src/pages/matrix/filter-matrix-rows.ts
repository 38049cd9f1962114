import { METRIC_STATUSES, type MetricStatus } from '@shared/api/kpi-schemas';
import { searchable, type IndexedRow } from './matrix-rows';
import type { MatrixFilters } from './matrix-view-state';

export interface FilteredRows {
  rows: IndexedRow[];
  /**
   * How many stores have each worst status among those that pass every other filter, so the
   * status chips say what choosing them would show.
   */
  statusCounts: Record<MetricStatus, number>;
}

/** Stores matching the filters and the search (store or client name, any part, any case). */
export function filterMatrixRows(rows: readonly IndexedRow[], filters: MatrixFilters, search: string): FilteredRows {
  const needle = searchable(search.trim());
  const statusCounts = Object.fromEntries(METRIC_STATUSES.map((status) => [status, 0])) as Record<MetricStatus, number>;
  const matching: IndexedRow[] = [];
  for (const entry of rows) {
    const { row } = entry;
    if (filters.clientId !== null && row.clientId !== filters.clientId) continue;
    if (filters.platform !== null && row.platform !== filters.platform) continue;
    if (filters.marketplace !== null && row.marketplace !== filters.marketplace) continue;
    if (filters.accountManager !== null && row.accountManager !== filters.accountManager) continue;
    if (filters.stage !== null && row.stage !== filters.stage) continue;
    if (needle !== '' && !entry.searchText.includes(needle)) continue;
    statusCounts[row.worstStatus]++;
    if (filters.statuses.length > 0 && !filters.statuses.includes(row.worstStatus)) continue;
    matching.push(entry);
  }
  return { rows: matching, statusCounts };
}
