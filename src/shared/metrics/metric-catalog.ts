import { ADS_METRICS } from './ads-metrics';
import { AMAZON_HEALTH_METRICS } from './amazon-health-metrics';
import { AMAZON_POLICY_METRICS } from './amazon-policy-metrics';
import { AMAZON_SALES_METRICS } from './amazon-sales-metrics';
import { CONTENT_METRICS, FUNNEL_METRICS } from './interest-metrics';
import type { MetricDefinition } from './metric-definition';
import { TIKTOK_SHOP_METRICS } from './tiktok-shop-metrics';

/** Bumped whenever a definition or threshold changes, so evaluations can say which rules they used. */
export const METRIC_CATALOG_VERSION = '2026.11.1';

export const METRIC_CATALOG: readonly MetricDefinition[] = [
  ...AMAZON_HEALTH_METRICS,
  ...AMAZON_POLICY_METRICS,
  ...AMAZON_SALES_METRICS,
  ...TIKTOK_SHOP_METRICS,
  ...ADS_METRICS,
  ...FUNNEL_METRICS,
  ...CONTENT_METRICS,
];

const BY_KEY = new Map(METRIC_CATALOG.map((metric) => [metric.key, metric]));

export function findMetric(key: string): MetricDefinition | undefined {
  return BY_KEY.get(key);
}

export function isMetricKey(key: string): boolean {
  return BY_KEY.has(key);
}
