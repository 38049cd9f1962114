import { METRIC_CATALOG } from './metric-catalog';
import type { MetricGroup } from './metric-definition';

/** Built-in matrix column sets; user-defined sets are saved in the workspace. */
export const COLUMN_PRESET_KEYS = [
  'amazon_account_health',
  'amazon_sales_traffic',
  'tiktok_shop',
  'ads',
  'funnel_content',
  'customer_service',
] as const;
export type ColumnPresetKey = (typeof COLUMN_PRESET_KEYS)[number];

const PRESET_GROUPS: Record<ColumnPresetKey, readonly MetricGroup[]> = {
  amazon_account_health: ['amazon_health', 'amazon_policy'],
  amazon_sales_traffic: ['amazon_sales'],
  tiktok_shop: ['tiktok_shop'],
  ads: ['ads'],
  funnel_content: ['funnel', 'content'],
  customer_service: ['customer_service'],
};

export function presetMetricKeys(preset: ColumnPresetKey): string[] {
  const groups = PRESET_GROUPS[preset];
  return METRIC_CATALOG.filter((metric) => groups.includes(metric.group)).map((metric) => metric.key);
}

export function isColumnPresetKey(value: string): value is ColumnPresetKey {
  return (COLUMN_PRESET_KEYS as readonly string[]).includes(value);
}
