import { dailyCountsMetric } from '@shared/metrics/daily-counts';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import type { ImportSink, IssueParams, ParsedRecord } from './import-sink';
import type { IssueCollector } from './issue-collector';
import { SnapshotRows } from './snapshot-rows';
import type { StoreResolution } from './store-resolver';

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

export interface CollectorOptions {
  resolveStore: (ref: ParsedRecord['storeRef']) => StoreResolution;
  issues: IssueCollector;
}

/**
 * A sink that checks each record against its store and the catalog and keeps the rows that
 * pass; nothing is written until the import decides to commit them (see `writeSnapshotRows`).
 */
export function createSnapshotCollector(options: CollectorOptions) {
  const accepted = new SnapshotRows();
  const metrics = new Map<string, SnapshotMetric | undefined>();
  const perStore = new Map<number, number>();
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
      accepted.push(store.id, record);
      perStore.set(store.id, (perStore.get(store.id) ?? 0) + 1);
    },
  };

  return {
    sink,
    rows: accepted,
    stats: () => ({ rows: accepted.length, rejected, recordsByStore: perStore }),
  };
}
