import type { MatrixCell, MetricStatus } from '@shared/api/kpi-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { METRIC_GROUPS, type MetricDefinition, type MetricGroup } from '@shared/metrics/metric-definition';
import { catalogOrder } from '../../metrics/metric-options';

/** A metric judged by the platform's own word (NORMAL, WARNED …): there is no number to chart. */
export interface PlatformVerdict {
  metric: MetricDefinition;
  status: MetricStatus;
  platformStatus: string | null;
}

export interface StoreMetricGroup {
  group: MetricGroup;
  /** Numeric metrics the store has data for, in catalog order: they get a chart. */
  withData: MetricDefinition[];
  /** Status metrics with data: shown by their latest verdict. */
  verdicts: PlatformVerdict[];
  /** Metrics that apply to the store but have no data yet: listed, not charted. */
  withoutData: MetricDefinition[];
}

type AppliedCell = Pick<MatrixCell, 'metricKey' | 'status' | 'platformStatus'>;

/**
 * The store's applicable metrics (one cell each, as `thresholds.applied` answers) by catalog
 * group, in catalog order. Groups with no applicable metric are left out; keys the catalog no
 * longer knows are skipped, since nothing could label or format them.
 */
export function groupStoreMetrics(cells: readonly AppliedCell[]): StoreMetricGroup[] {
  const sorted = [...cells].sort((a, b) => catalogOrder(a.metricKey) - catalogOrder(b.metricKey));
  return METRIC_GROUPS.flatMap((group) => {
    const entry: StoreMetricGroup = { group, withData: [], verdicts: [], withoutData: [] };
    for (const cell of sorted) {
      const metric = findMetric(cell.metricKey);
      if (metric?.group !== group) continue;
      if (cell.status === 'no_data') entry.withoutData.push(metric);
      else if (metric.unit === 'status') entry.verdicts.push({ metric, status: cell.status, platformStatus: cell.platformStatus });
      else entry.withData.push(metric);
    }
    return entry.withData.length + entry.verdicts.length + entry.withoutData.length > 0 ? [entry] : [];
  });
}

export function hasGroupData(entry: StoreMetricGroup): boolean {
  return entry.withData.length + entry.verdicts.length > 0;
}

/** The group to open: the one asked for if the store has it, else the first with data, else the first. */
export function pickGroup(groups: readonly StoreMetricGroup[], wanted: MetricGroup | null): StoreMetricGroup | null {
  return groups.find((entry) => entry.group === wanted) ?? groups.find(hasGroupData) ?? groups[0] ?? null;
}
