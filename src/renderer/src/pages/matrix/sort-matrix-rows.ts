import type { MatrixCell } from '@shared/api/kpi-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MatrixSort } from './matrix-view-state';
import { STATUS_SEVERITY, type IndexedRow } from './matrix-rows';

/** [severity, badness]: the larger, the more the cell needs attention. */
type CellRank = readonly [number, number];

/**
 * How much a cell needs attention. Severity first (a breach before a watch), so the stores
 * in trouble come first whatever their raw numbers, then the value in the direction that is
 * bad for this metric (the higher ODR, the lower valid tracking rate). A value that does not
 * count at the store's stage is ranked as if fine. Money compares minor units as they are:
 * stores in different currencies are not converted.
 */
function cellRank(cell: MatrixCell | undefined): CellRank | null {
  if (!cell) return null;
  const value = cell.amountMinor ?? cell.value;
  if (value === null && cell.platformStatus === null) return null;
  const severity = cell.matters ? STATUS_SEVERITY[cell.status] : STATUS_SEVERITY.ok;
  const lowerIsBetter = findMetric(cell.metricKey)?.direction !== 'higher_is_better';
  return [severity, value === null ? 0 : lowerIsBetter ? value : -value];
}

interface Decorated {
  entry: IndexedRow;
  /** Compared in the sort's direction. */
  primary: readonly number[];
  /** For metric sorts: stores without a value sink to the bottom in either direction. */
  missing: boolean;
}

function decorate(entry: IndexedRow, sort: MatrixSort): Decorated {
  const { row } = entry;
  switch (sort.by) {
    case 'worst':
      return { entry, primary: [STATUS_SEVERITY[row.worstStatus], -row.healthScore], missing: false };
    case 'health':
      return { entry, primary: [row.healthScore, -STATUS_SEVERITY[row.worstStatus]], missing: false };
    case 'name':
      return { entry, primary: [], missing: false };
    case 'metric': {
      const rank = cellRank(entry.cells.get(sort.metricKey));
      return { entry, primary: rank ?? [], missing: rank === null };
    }
  }
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = a[i]! - b[i]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Rows in the order of the sort. Ascending and descending refer to the sort's own measure
 * (severity for statuses and metric columns, the score for health, the name for names); ties
 * always fall back to store name (in the UI language's collation), then client, then id, so
 * the order never jumps between renders.
 */
export function sortMatrixRows(rows: readonly IndexedRow[], sort: MatrixSort, language: string): IndexedRow[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byName = (a: IndexedRow, b: IndexedRow) =>
    collator.compare(a.row.displayName, b.row.displayName) || collator.compare(a.row.clientName, b.row.clientName) || a.row.storeId - b.row.storeId;
  const nameSign = sort.by === 'name' ? sign : 1;
  return rows
    .map((entry) => decorate(entry, sort))
    .sort((a, b) => {
      if (a.missing !== b.missing) return a.missing ? 1 : -1;
      return sign * compareNumbers(a.primary, b.primary) || nameSign * byName(a.entry, b.entry);
    })
    .map(({ entry }) => entry);
}
