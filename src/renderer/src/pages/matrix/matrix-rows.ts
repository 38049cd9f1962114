import type { MatrixCell, MatrixRow, MetricStatus } from '@shared/api/kpi-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';

/** A matrix row with its cells by metric key and the text a search looks through, built once per answer. */
export interface IndexedRow {
  row: MatrixRow;
  cells: ReadonlyMap<string, MatrixCell>;
  searchText: string;
}

/** Full-width letters typed through a Chinese or Japanese input method match their ASCII forms. */
export function searchable(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function indexMatrixRows(rows: readonly MatrixRow[]): IndexedRow[] {
  return rows.map((row) => ({
    row,
    cells: new Map(row.cells.map((cell) => [cell.metricKey, cell])),
    searchText: searchable(`${row.displayName}\n${row.clientName}`),
  }));
}

/** Most severe first; a store's worst status and each cell are ranked alike. */
export const STATUS_SEVERITY: Record<MetricStatus, number> = { breach: 4, stale: 3, watch: 2, ok: 1, no_data: 0 };

/**
 * Why a column has no cell for a store. The matrix only answers metrics with data, so an
 * absent metric either does not exist on the store's platform or marketplace (the same rule
 * the backend applies) or has had no data yet.
 */
export function absentCellReason(metricKey: string, row: Pick<MatrixRow, 'platform' | 'marketplace'>): 'not_applicable' | 'no_data' {
  const metric = findMetric(metricKey);
  if (!metric) return 'not_applicable';
  const applies = metric.platforms.includes(row.platform) && (!metric.marketplaces || metric.marketplaces.includes(row.marketplace));
  return applies ? 'no_data' : 'not_applicable';
}
