import type { Marketplace } from '@shared/domain/marketplaces';
import type { Platform, StoreStage } from '@shared/domain/stores';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import { applicableMetrics } from '../kpi/applicable-metrics';
import { catalogThreshold } from '../kpi/resolve-threshold';

/**
 * How the demo generator invents a metric: a healthy level, the level a store drifting into
 * trouble ends at, and how to turn the level into what the platform reports.
 */
export interface DemoMetricProfile {
  key: string;
  kind: 'rate' | 'count' | 'money' | 'score' | 'status';
  healthy: number;
  breach: number;
  windowDays: number;
  /** For rates built from counts (orders, packages, messages): denominator per day, per daily order. */
  perDayBase?: number;
  /** For business counts: how many per daily order (sessions, page views, plays …). */
  perOrder?: number;
  target?: { value: number; condition: 'LESS_THAN' | 'GREATER_THAN' };
  statuses?: { good: string; bad: string };
  /** For money: the amount as a share of the day's sales, or of one item's price (a cost per click). */
  money?: { ofDailySales: number } | { ofPrice: number };
}

/** Sales figures are the day's sales; ad costs are a slice of them, a click a sliver of a price. */
const MONEY: Record<string, DemoMetricProfile['money']> = {
  'ads.spend': { ofDailySales: 0.12 },
  'ads.cpc': { ofPrice: 0.03 },
};

/** Business counts scale with the store's orders; these say by how much. */
const PER_ORDER: Record<string, number> = {
  'amazon.sessions': 9,
  'amazon.page_views': 14,
  'amazon.units_ordered': 1.2,
  'amazon.total_order_items': 1.1,
  'funnel.impressions': 350,
  'funnel.clicks': 12,
  'funnel.orders': 1,
  'content.follower_growth': 4,
  'content.videos_published': 0.05,
};

/** Amazon account health reports carry their own target; the demo mirrors that. */
const REPORTS_TARGET = new Set(['amazon_health', 'customer_service']);

function profileFor(metric: MetricDefinition, marketplace: Marketplace, stage: StoreStage, date: string): DemoMetricProfile | null {
  const windowDays = metric.windowDays ?? 1;
  if (metric.unit === 'status') {
    const statuses = metric.key === 'amazon.account_status' ? { good: 'NORMAL', bad: 'AT_RISK' } : { good: 'GREAT', bad: 'WARNED' };
    return { key: metric.key, kind: 'status', healthy: 0, breach: 1, windowDays, statuses };
  }
  if (metric.unit === 'money') {
    return { key: metric.key, kind: 'money', healthy: 1, breach: 0.7, windowDays, money: MONEY[metric.key] ?? { ofDailySales: 1 } };
  }
  const threshold = catalogThreshold(metric, { marketplace, stage, date });
  const lower = metric.direction === 'lower_is_better';
  if (!threshold) {
    const perOrder = PER_ORDER[metric.key] ?? 1;
    return { key: metric.key, kind: 'count', healthy: 1, breach: lower ? 1.4 : 0.7, windowDays, perOrder };
  }
  const { breach } = threshold;
  if (metric.unit === 'count' && metric.group === 'amazon_policy') {
    return { key: metric.key, kind: 'count', healthy: 0, breach: 2.2, windowDays, perOrder: 0 };
  }
  // Healthy sits as far beyond the watch level as watch is from breach, so noise rarely trips it.
  const watch = threshold.watch;
  const healthy =
    watch === null
      ? lower ? breach * 0.3 : breach * 1.4
      : lower ? Math.max(breach * 0.2, watch - (breach - watch) * 1.5) : watch + (watch - breach) * 1.5;
  const kind = metric.unit === 'ratio' ? 'rate' : metric.unit === 'count' ? 'count' : 'score';
  return {
    key: metric.key,
    kind,
    healthy,
    breach: lower ? breach * 1.2 : breach * (metric.unit === 'ratio' ? 0.97 : 0.85),
    windowDays,
    perDayBase: kind === 'rate' && windowDays > 1 ? 1 : undefined,
    perOrder: kind === 'count' ? (PER_ORDER[metric.key] ?? 1) : undefined,
    target: REPORTS_TARGET.has(metric.group) && kind === 'rate' ? { value: breach, condition: lower ? 'LESS_THAN' : 'GREATER_THAN' } : undefined,
  };
}

/** A profile for every catalog metric that applies to the store. */
export function demoProfiles(store: { platform: Platform; marketplace: Marketplace; stage: StoreStage }, date: string): DemoMetricProfile[] {
  return applicableMetrics(store).flatMap((metric) => profileFor(metric, store.marketplace, store.stage, date) ?? []);
}
