import type { MetricDefinition } from '@shared/metrics/metric-definition';
import type { CoreContext } from '../core-context';
import { dailySnapshotReader } from '../kpi/daily-snapshots';
import { numericValue } from '../kpi/evaluate-stores';

/** What one store reported for a metric on one day, money in major units. */
export interface StoreMetricValue {
  storeId: number;
  value: number;
  date: string;
  importBatchId: number;
  currency: string | null;
}

/**
 * A metric over one store or several: the sum for money and counts (GMV, orders), the mean for
 * rates, scores and durations (ODR across three stores is judged as their average).
 */
export interface AggregatedValue {
  value: number | null;
  /** The newest reporting day among the stores' values. */
  date: string | null;
  importBatchIds: number[];
  currency: string | null;
  /** Why there is no value although stores reported one. */
  note: string | null;
}

interface SnapshotValueRow {
  value: number | null;
  amount_minor: number | null;
  currency: string | null;
  window_to: string;
  import_batch_id: number;
}

// The same choice the evaluation makes: the newest day, then the later batch, then the shorter window.
const LATEST_SQL = `SELECT value, amount_minor, currency, window_to, import_batch_id FROM metric_snapshots
  WHERE store_id = ? AND metric_key = ? AND window_to >= ? AND window_to <= ?
  ORDER BY window_to DESC, import_batch_id DESC, window_from DESC LIMIT 1`;

/** Each store's newest reported value within [from, to] (days, inclusive); stores with none are left out. */
export function latestStoreValues(ctx: CoreContext, storeIds: readonly number[], metricKey: string, range: { from: string; to: string }): StoreMetricValue[] {
  const statement = ctx.workspace.sqlite.prepare<[number, string, string, string], SnapshotValueRow>(LATEST_SQL);
  return storeIds.flatMap((storeId) => {
    const row = statement.get(storeId, metricKey, range.from, range.to);
    const value = row ? numericValue(row) : null;
    return row && value !== null ? [{ storeId, value, date: row.window_to, importBatchId: row.import_batch_id, currency: row.currency }] : [];
  });
}

export function aggregateValues(metric: MetricDefinition, values: readonly StoreMetricValue[]): AggregatedValue {
  const none: AggregatedValue = { value: null, date: null, importBatchIds: [], currency: null, note: null };
  if (values.length === 0) return none;
  const currencies = [...new Set(values.map((v) => v.currency).filter((c) => c !== null))];
  if (metric.unit === 'money' && currencies.length > 1) {
    return { ...none, note: `the stores report ${metric.key} in different currencies (${currencies.join(', ')}); set the target per store` };
  }
  const total = values.reduce((sum, v) => sum + v.value, 0);
  const additive = metric.unit === 'money' || metric.unit === 'count';
  return {
    value: additive ? total : total / values.length,
    date: values.reduce((max, v) => (v.date > max ? v.date : max), values[0]!.date),
    importBatchIds: [...new Set(values.map((v) => v.importBatchId))].sort((a, b) => a - b),
    currency: metric.unit === 'money' ? (currencies[0] ?? null) : null,
    note: null,
  };
}

/** The metric's value over the stores as of the newest day within the range. */
export function aggregatedValueWithin(
  ctx: CoreContext,
  metric: MetricDefinition,
  storeIds: readonly number[],
  range: { from: string; to: string },
): AggregatedValue {
  return aggregateValues(metric, latestStoreValues(ctx, storeIds, metric.key, range));
}

/** Day by day over the range, the metric over the stores that reported that day, oldest first. */
export function aggregatedDailyValues(
  ctx: CoreContext,
  metric: MetricDefinition,
  storeIds: readonly number[],
  range: { from: string; to: string },
): { date: string; value: number }[] {
  const byDay = new Map<string, StoreMetricValue[]>();
  for (const storeId of storeIds) {
    for (const row of dailySnapshotReader(ctx, storeId, range)(metric.key)) {
      const value = numericValue(row);
      if (value === null) continue;
      const day = byDay.get(row.window_to) ?? [];
      day.push({ storeId, value, date: row.window_to, importBatchId: 0, currency: row.currency });
      byDay.set(row.window_to, day);
    }
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([date, values]) => {
      const { value } = aggregateValues(metric, values);
      return value === null ? [] : [{ date, value }];
    });
}
