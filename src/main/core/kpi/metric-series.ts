import type { MetricSeries, SeriesPoint, SeriesQuery } from '@shared/api/series-schemas';
import type { Marketplace } from '@shared/domain/marketplaces';
import type { StoreStage } from '@shared/domain/stores';
import { METRIC_CATALOG } from '@shared/metrics/metric-catalog';
import type { Direction, MetricDefinition } from '@shared/metrics/metric-definition';
import type { CoreContext } from '../core-context';
import { getStore } from '../stores/store-service';
import { dailySnapshotReader } from './daily-snapshots';
import { assertDateRange } from './date-range';
import { evaluateValue, isWorseOrEqual } from './evaluate-metric-status';
import { numericValue, thresholdOrigin, type SnapshotRow } from './evaluate-stores';
import { catalogMetrics } from './metric-key-list';
import { resolveThreshold, type ResolvedThreshold } from './resolve-threshold';
import { loadUserThresholds, type UserThresholds } from './user-thresholds';

type ThresholdOrigin = MetricSeries['thresholdOrigin'];

interface StoreProfile {
  marketplace: Marketplace;
  stage: StoreStage;
}

/**
 * The levels a point was judged by, for the chart's threshold line. Where the report's own target
 * judged it (no contract or override), that target is the breach line; the catalog's watch level
 * is kept only while it still sits on the good side of it.
 */
function levelsInForce(
  threshold: ResolvedThreshold | null,
  row: SnapshotRow,
  origin: string | null,
  direction: Direction,
): Pick<SeriesPoint, 'watch' | 'breach'> {
  const watch = threshold?.watch ?? null;
  if (origin === 'platform_report' && row.platform_target !== null && row.platform_target_condition) {
    const target = row.platform_target;
    return { breach: target, watch: watch !== null && !isWorseOrEqual(watch, target, direction) ? watch : null };
  }
  return { watch, breach: threshold?.breach ?? null };
}

/**
 * resolveThreshold for each day of one metric, computed once per distinct rule: the answer
 * depends on the date only through which user targets and catalog versions are in force by
 * then, and those change on a handful of days, not daily. A year of forty metrics is 14,600 days.
 */
function thresholdsByDay(metric: MetricDefinition, store: StoreProfile, users: UserThresholds): (date: string) => ResolvedThreshold | null {
  const catalogDates = [...new Set(metric.thresholds.map((version) => version.effectiveFrom))];
  const resolved = new Map<string, ResolvedThreshold | null>();
  return (date) => {
    const user = users.forMetric(metric.key, date);
    const catalogVersions = catalogDates.reduce((n, from) => (from <= date ? n + 1 : n), 0);
    const key = `${user.override?.effectiveFrom ?? '-'}|${user.contract?.effectiveFrom ?? '-'}|${catalogVersions}`;
    let threshold = resolved.get(key);
    if (threshold === undefined) {
      threshold = resolveThreshold(metric, { ...store, date, ...user });
      resolved.set(key, threshold);
    }
    return threshold;
  };
}

function seriesOf(metric: MetricDefinition, rows: SnapshotRow[], store: StoreProfile, users: UserThresholds): MetricSeries {
  const thresholdOn = thresholdsByDay(metric, store, users);
  const points: SeriesPoint[] = [];
  let origin: string | null = null;
  let currency: string | null = null;
  for (const row of rows) {
    const value = numericValue(row);
    // Status-only reports (account status, AHR) carry no number to draw.
    if (value === null) continue;
    const date = row.window_to;
    const threshold = thresholdOn(date);
    const platform = { target: row.platform_target, condition: row.platform_target_condition, status: row.platform_status };
    origin = thresholdOrigin(threshold, row);
    currency = row.currency ?? currency;
    points.push({
      date,
      value,
      status: evaluateValue(value, metric.direction, threshold, platform),
      ...levelsInForce(threshold, row, origin, metric.direction),
    });
  }
  return { metricKey: metric.key, currency, thresholdOrigin: origin as ThresholdOrigin, points };
}

/**
 * A store's daily values per metric over a range, each judged by the threshold in force on its
 * day, as the evaluation would have judged it then. Without metric keys: every metric with data
 * in the range; with them: one series per key, empty where there is no data.
 */
export function getMetricSeries(ctx: CoreContext, query: SeriesQuery): MetricSeries[] {
  const store = getStore(ctx, query.storeId);
  assertDateRange(query);
  const metrics = query.metricKeys ? catalogMetrics(query.metricKeys) : METRIC_CATALOG;
  const readDays = dailySnapshotReader(ctx, store.id, query);
  const users = loadUserThresholds(ctx, store.id, store.clientId);
  const profile: StoreProfile = { marketplace: store.marketplace, stage: store.stage };
  return metrics.flatMap((metric) => {
    const series = seriesOf(metric, readDays(metric.key), profile, users);
    return query.metricKeys || series.points.length > 0 ? [series] : [];
  });
}
