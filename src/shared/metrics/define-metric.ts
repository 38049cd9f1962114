import type { MetricDefinition } from './metric-definition';

type Labels = [zh: string, en: string, ja: string];

/** Shorthand for catalog entries: labels in zh-CN, en-US, ja-JP order. */
export function defineMetric(key: string, [zh, en, ja]: Labels, rest: Omit<MetricDefinition, 'key' | 'labels'>): MetricDefinition {
  return { key, labels: { 'zh-CN': zh, 'en-US': en, 'ja-JP': ja }, ...rest };
}

export const AMAZON_ACCOUNT_HEALTH_HELP = 'Amazon Seller Central › Performance › Account Health (help pages)';
export const SINCE_CATALOG = '2020-01-01';
