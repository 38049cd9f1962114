import type { Language } from '../domain/languages';
import type { Marketplace } from '../domain/marketplaces';
import type { Platform, StoreStage } from '../domain/stores';

export const METRIC_UNITS = ['ratio', 'count', 'money', 'hours', 'score', 'duration', 'status'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const METRIC_GROUPS = [
  'amazon_health',
  'amazon_policy',
  'amazon_sales',
  'tiktok_shop',
  'ads',
  'funnel',
  'content',
  'customer_service',
] as const;
export type MetricGroup = (typeof METRIC_GROUPS)[number];

export type Direction = 'lower_is_better' | 'higher_is_better';

/**
 * One version of a metric's default thresholds. A snapshot is judged by the newest version
 * whose `effectiveFrom` is on or before the snapshot's date; a marketplace-specific version
 * wins over the general one of the same date or older.
 */
export interface ThresholdVersion {
  effectiveFrom: string;
  /** Only for this marketplace; absent means every marketplace. */
  marketplace?: Marketplace;
  /** Only for stores in this stage; absent means every stage. */
  stage?: StoreStage;
  /** Entering this level raises a "watch"; null when the metric has no early warning. */
  watch: number | null;
  /** Crossing this level is a breach. */
  breach: number;
  /** Where the number comes from (help page, policy, third-party guidance). */
  source: string;
  /** True when the figure is third-party or unverified guidance users should review. */
  unverified?: boolean;
}

export interface MetricDefinition {
  key: string;
  labels: Record<Language, string>;
  unit: MetricUnit;
  direction: Direction;
  /** Reporting window in days; null for point-in-time values. */
  windowDays: number | null;
  group: MetricGroup;
  platforms: readonly Platform[];
  /** Marketplaces where the metric exists; absent means all. */
  marketplaces?: readonly Marketplace[];
  /** Stages for which the metric matters; absent means all. */
  stages?: readonly StoreStage[];
  /** How often fresh data is expected, plus the platform's known lag. */
  refreshHours: number;
  graceHours: number;
  thresholds: readonly ThresholdVersion[];
  /** Platform quirks worth knowing when reading the number. */
  note?: string;
}
