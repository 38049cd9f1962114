import { SINCE_CATALOG as SINCE, defineMetric } from './define-metric';
import type { MetricDefinition } from './metric-definition';

const everywhere = ['amazon', 'tiktok_shop', 'shopify', 'other'] as const;
const daily = { refreshHours: 24, graceHours: 48, windowDays: 1, group: 'ads' as const, platforms: everywhere };
const AGENCY = 'Storefleet default for agencies; set your own per client or store';

export const ADS_METRICS: MetricDefinition[] = [
  defineMetric('ads.spend', ['广告花费', 'Ad spend', '広告費'], { unit: 'money', direction: 'lower_is_better', ...daily, thresholds: [] }),
  defineMetric('ads.roas', ['广告支出回报率（ROAS）', 'Return on ad spend (ROAS)', '広告費用対効果（ROAS）'], {
    unit: 'score', direction: 'higher_is_better', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 3, breach: 2, source: AGENCY, unverified: true }],
  }),
  defineMetric('ads.acos', ['广告销售成本（ACoS）', 'Advertising cost of sales (ACoS)', '売上高広告費比率（ACoS）'], {
    unit: 'ratio', direction: 'lower_is_better', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.3, breach: 0.45, source: AGENCY, unverified: true }],
  }),
  defineMetric('ads.ctr', ['广告点击率', 'Ad click-through rate', '広告クリック率'], {
    unit: 'ratio', direction: 'higher_is_better', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.004, breach: 0.0025, source: AGENCY, unverified: true }],
  }),
  defineMetric('ads.cpc', ['单次点击成本', 'Cost per click', 'クリック単価'], { unit: 'money', direction: 'lower_is_better', ...daily, thresholds: [] }),
];
