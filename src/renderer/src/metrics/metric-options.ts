import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { Language } from '@shared/domain/languages';
import type { Marketplace } from '@shared/domain/marketplaces';
import type { Platform } from '@shared/domain/stores';
import { METRIC_CATALOG, findMetric } from '@shared/metrics/metric-catalog';
import { METRIC_GROUPS, type MetricDefinition, type MetricGroup } from '@shared/metrics/metric-definition';

/** Metrics a threshold can be set for: status metrics are judged by the platform's own verdict. */
export function thresholdMetrics(store?: { platform: Platform; marketplace: Marketplace }): MetricDefinition[] {
  return METRIC_CATALOG.filter(
    (metric) =>
      metric.unit !== 'status' &&
      (!store || (metric.platforms.includes(store.platform) && (!metric.marketplaces || metric.marketplaces.includes(store.marketplace)))),
  );
}

/** Select options, one group per metric group in catalog order, labelled in the UI language. */
export function metricOptions(
  metrics: readonly MetricDefinition[],
  language: Language,
  groupLabel: (group: MetricGroup) => string,
): ComboboxItemGroup<ComboboxItem>[] {
  return METRIC_GROUPS.map((group) => ({
    group: groupLabel(group),
    items: metrics.filter((metric) => metric.group === group).map((metric) => ({ value: metric.key, label: metric.labels[language] })),
  })).filter((group) => group.items.length > 0);
}

const CATALOG_POSITION = new Map(METRIC_CATALOG.map((metric, index) => [metric.key, index]));

/** Catalog order, so every list of metrics reads the same way; unknown keys go last. */
export function catalogOrder(key: string): number {
  return CATALOG_POSITION.get(key) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * The catalog's newest level for a metric, preferring a version for this marketplace: what a
 * metric is judged by before any contract or override (stage-specific versions aside).
 */
export function defaultThreshold(
  metricKey: string,
  marketplace: Marketplace | undefined,
  today: string,
): { watch: number | null; breach: number } | null {
  const metric = findMetric(metricKey);
  const versions = (metric?.thresholds ?? []).filter(
    (version) => version.effectiveFrom <= today && !version.stage && (!version.marketplace || version.marketplace === marketplace),
  );
  const newest = [...versions].sort((a, b) => Number(Boolean(b.marketplace)) - Number(Boolean(a.marketplace)) || b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  return newest ? { watch: newest.watch, breach: newest.breach } : null;
}
