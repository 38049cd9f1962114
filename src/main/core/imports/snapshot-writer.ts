import type { Database } from 'better-sqlite3';
import { dailyCountsMetric } from '@shared/metrics/daily-counts';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import type { ImportSink, IssueParams, ParsedRecord } from './import-sink';
import type { IssueCollector } from './issue-collector';
import type { StoreResolution } from './store-resolver';

const UPSERT = `INSERT INTO metric_snapshots (store_id, metric_key, value, amount_minor, currency, numerator, denominator,
    window_from, window_to, platform_target, platform_target_condition, platform_status, import_batch_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (store_id, metric_key, window_to, window_from, import_batch_id) DO UPDATE SET
    value = excluded.value, amount_minor = excluded.amount_minor, currency = excluded.currency,
    numerator = excluded.numerator, denominator = excluded.denominator, platform_target = excluded.platform_target,
    platform_target_condition = excluded.platform_target_condition, platform_status = excluded.platform_status`;

/** Most tabular rows carry a plain value; binding only what they have is a tenth of the write cost. */
const UPSERT_VALUE = `INSERT INTO metric_snapshots (store_id, metric_key, value, window_from, window_to, import_batch_id)
  VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (store_id, metric_key, window_to, window_from, import_batch_id) DO UPDATE SET
    value = excluded.value, amount_minor = NULL, currency = NULL, numerator = NULL, denominator = NULL,
    platform_target = NULL, platform_target_condition = NULL, platform_status = NULL`;

function valueOnly(record: ParsedRecord): boolean {
  return (
    record.amountMinor === null &&
    record.numerator === null &&
    record.denominator === null &&
    record.platformTarget === null &&
    record.platformStatus === null
  );
}

/** A catalog metric, or the daily counts of one of its rolling-window rates (`<metric>.daily`). */
interface SnapshotMetric {
  metric: MetricDefinition;
  dailyCounts: boolean;
}

function snapshotMetric(key: string): SnapshotMetric | undefined {
  const metric = findMetric(key);
  if (metric) return { metric, dailyCounts: false };
  const daily = dailyCountsMetric(key);
  return daily?.supported ? { metric: daily.metric, dailyCounts: true } : undefined;
}

export interface WriterOptions {
  batchId: number;
  resolveStore: (ref: ParsedRecord['storeRef']) => StoreResolution;
  issues: IssueCollector;
}

/** A sink that checks each record against its store and the catalog, then writes it into the open transaction. */
export function createSnapshotWriter(sqlite: Database, options: WriterOptions) {
  const upsert = sqlite.prepare(UPSERT);
  const upsertValue = sqlite.prepare(UPSERT_VALUE);
  const metrics = new Map<string, SnapshotMetric | undefined>();
  const written = new Map<number, number>();
  let rows = 0;
  let rejected = 0;

  function reject(record: ParsedRecord, column: string | null, value: string | null, message: string, code: string, params: IssueParams): void {
    rejected++;
    options.issues.add({ line: record.line, column, value, message, code, params });
  }

  const sink: ImportSink = {
    issue: (issue) => options.issues.add(issue),
    record(record) {
      let known = metrics.get(record.metricKey);
      if (!metrics.has(record.metricKey)) {
        known = snapshotMetric(record.metricKey);
        metrics.set(record.metricKey, known);
      }
      if (!known) return reject(record, 'metric', record.metricKey, `"${record.metricKey}" is not a metric of the catalog`, 'unknown_metric', { metric: record.metricKey });
      const { metric, dailyCounts } = known;
      if (dailyCounts && (record.numerator === null || record.denominator === null || record.windowFrom !== record.windowTo)) {
        return reject(record, 'metric', record.metricKey, `${record.metricKey} needs one day's numerator and denominator`, 'daily_counts_missing', {
          metric: record.metricKey, column: 'numerator, denominator',
        });
      }
      const resolved = options.resolveStore(record.storeRef);
      if (!resolved.ok) {
        const value = record.storeRef && 'column' in record.storeRef ? record.storeRef.column : null;
        return reject(record, resolved.column, value, resolved.message, resolved.code, resolved.params);
      }
      const store = resolved.store;
      if (!metric.platforms.includes(store.platform)) {
        return reject(record, 'metric', record.metricKey, `${record.metricKey} does not apply to ${store.platform} store "${store.displayName}"`, 'metric_not_for_platform', {
          metric: record.metricKey, platform: store.platform, store: store.displayName,
        });
      }
      if (metric.unit === 'ratio' && record.value !== null && (record.value < 0 || record.value > 1)) {
        return reject(record, 'value', String(record.value), 'a rate must be a fraction between 0 and 1', 'rate_out_of_range', { value: record.value });
      }
      if (valueOnly(record)) {
        upsertValue.run(store.id, record.metricKey, record.value, record.windowFrom, record.windowTo, options.batchId);
      } else {
        upsert.run(
          store.id, record.metricKey, record.value, record.amountMinor, record.currency, record.numerator, record.denominator,
          record.windowFrom, record.windowTo, record.platformTarget, record.platformTargetCondition, record.platformStatus,
          options.batchId,
        );
      }
      rows++;
      written.set(store.id, (written.get(store.id) ?? 0) + 1);
    },
  };

  return {
    sink,
    stats: () => ({ rows, rejected, recordsByStore: written }),
  };
}
