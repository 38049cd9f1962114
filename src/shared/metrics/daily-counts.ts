import { findMetric } from './metric-catalog';
import type { MetricDefinition } from './metric-definition';

const DAILY_COUNTS_SUFFIX = '.daily';

/**
 * Daily counts are kept as snapshots of `<metric>.daily`: one-day windows whose numerator and
 * denominator are the metric's own (ODR: orders with a defect, orders; VTR: packages with valid
 * tracking, packages). The rolling rate cannot be taken apart into days, so they are kept apart;
 * being no catalog key, they never reach the matrix, series or evaluation, which read catalog keys.
 */
export function dailyCountsKey(metricKey: string): string {
  return `${metricKey}${DAILY_COUNTS_SUFFIX}`;
}

/** Rates over a rolling window heal as old days leave it; point-in-time rates and scores do not. */
export function isRecoverable(metric: MetricDefinition): boolean {
  return metric.unit === 'ratio' && metric.windowDays !== null && metric.windowDays > 1;
}

/**
 * What a `<metric>.daily` key counts for: the catalog metric when it is a rolling-window rate,
 * `unsupported` when the metric exists but daily counts mean nothing for it, null when the key is
 * no daily-counts key of a catalog metric.
 */
export function dailyCountsMetric(key: string): { supported: true; metric: MetricDefinition } | { supported: false; metric: MetricDefinition } | null {
  if (!key.endsWith(DAILY_COUNTS_SUFFIX)) return null;
  const metric = findMetric(key.slice(0, -DAILY_COUNTS_SUFFIX.length));
  if (!metric) return null;
  return { supported: isRecoverable(metric), metric };
}
