import type { CoreContext } from '../core-context';
import type { DateRange } from './date-range';
import { latestPerDay, type SnapshotRow } from './evaluate-stores';

// The same choice the evaluation makes for the matrix (latestPerDay over rows newest first, later
// batch first): where two windows end on the same day (Amazon's 10- and 30-day late shipment
// rates) the shorter one, i.e. the later window_from, comes first and is the one kept.
const DAILY_SQL = `SELECT value, amount_minor, currency, window_from, window_to, platform_target, platform_target_condition, platform_status
  FROM metric_snapshots WHERE store_id = ? AND metric_key = ? AND window_to >= ? AND window_to <= ?
  ORDER BY window_to DESC, import_batch_id DESC, window_from DESC`;

/**
 * Reads one store's reported days of a metric within a range, oldest first, one row per day
 * (the window ending that day). Prepared once, so a store page's forty metrics cost forty index seeks.
 */
export function dailySnapshotReader(ctx: CoreContext, storeId: number, range: DateRange): (metricKey: string) => SnapshotRow[] {
  const statement = ctx.workspace.sqlite.prepare<[number, string, string, string], SnapshotRow>(DAILY_SQL);
  return (metricKey) => latestPerDay(statement.all(storeId, metricKey, range.from, range.to)).reverse();
}
