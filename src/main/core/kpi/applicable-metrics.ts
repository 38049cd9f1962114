import type { Marketplace } from '@shared/domain/marketplaces';
import type { Platform, StoreStage } from '@shared/domain/stores';
import { METRIC_CATALOG } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';

export interface StoreProfile {
  platform: Platform;
  marketplace: Marketplace;
  stage: StoreStage;
}

export function appliesTo(metric: MetricDefinition, store: Pick<StoreProfile, 'platform' | 'marketplace'>): boolean {
  return metric.platforms.includes(store.platform) && (!metric.marketplaces || metric.marketplaces.includes(store.marketplace));
}

/** Whether the store's stage makes this metric count (cold start judges cadence, not GMV). */
export function mattersAtStage(metric: MetricDefinition, stage: StoreStage): boolean {
  return !metric.stages || metric.stages.includes(stage);
}

export function applicableMetrics(store: StoreProfile): MetricDefinition[] {
  return METRIC_CATALOG.filter((metric) => appliesTo(metric, store));
}
