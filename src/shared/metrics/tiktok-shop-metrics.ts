import { SINCE_CATALOG as SINCE, defineMetric } from './define-metric';
import type { MetricDefinition } from './metric-definition';

const tiktok = ['tiktok_shop'] as const;
// TikTok Shop refreshes fulfilment metrics weekly (Mondays) and data can lag up to 72 hours.
const weekly = { refreshHours: 24 * 7, graceHours: 72, platforms: tiktok, group: 'tiktok_shop' as const };
const POLICY = 'TikTok Shop US fulfilment policy';
const THIRD_PARTY = 'Third-party seller guidance (unverified)';

export const TIKTOK_SHOP_METRICS: MetricDefinition[] = [
  defineMetric('tiktok.shop_performance_score', ['店铺绩效分', 'Shop Performance Score', 'ショップパフォーマンススコア'], {
    unit: 'score', direction: 'higher_is_better', windowDays: 90, ...weekly,
    thresholds: [{ effectiveFrom: SINCE, watch: 4, breach: 3.5, source: THIRD_PARTY, unverified: true }],
    note: 'Scored 0–5 once a shop has 30 delivered orders in 90 days; weights depend on the category.',
  }),
  defineMetric('tiktok.account_health_points', ['账户健康分', 'Account health points', 'アカウント健全性ポイント'], {
    unit: 'score', direction: 'higher_is_better', windowDays: 180, ...weekly,
    thresholds: [{ effectiveFrom: SINCE, watch: 150, breach: 100, source: `${THIRD_PARTY}: restrictions at 150 / 100 / 50, deactivation at 0`, unverified: true }],
  }),
  defineMetric('tiktok.negative_review_rate', ['差评率', 'Negative review rate', '低評価レビュー率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 60, ...weekly,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.008, breach: 0.012, source: THIRD_PARTY, unverified: true }],
  }),
  defineMetric('tiktok.return_refund_rate', ['商家责任退货退款率', 'Seller-fault return / refund rate', '出品者起因の返品・返金率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 60, ...weekly,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.008, breach: 0.01, source: THIRD_PARTY, unverified: true }],
  }),
  defineMetric('tiktok.seller_fault_cancellation_rate', ['商家责任取消率', 'Seller-fault cancellation rate', '出品者起因のキャンセル率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 30, ...weekly,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.02, breach: 0.025, source: THIRD_PARTY, unverified: true }],
  }),
  defineMetric('tiktok.late_dispatch_rate', ['延迟发货率', 'Late dispatch rate', '発送遅延率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 30, ...weekly,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.03, breach: 0.04, source: THIRD_PARTY, unverified: true }],
    note: `${POLICY}: dispatch within 2 business days.`,
  }),
  defineMetric('tiktok.on_time_delivery_rate', ['准时送达率', 'On-time delivery rate', '期日内配達率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 30, ...weekly,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.92, breach: 0.9, source: THIRD_PARTY, unverified: true }],
    note: `${POLICY}: deliver within 6 business days.`,
  }),
  defineMetric('tiktok.valid_tracking_rate', ['有效追踪率', 'Valid tracking rate', '有効な追跡率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 30, ...weekly,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.96, breach: 0.95, source: THIRD_PARTY, unverified: true }],
  }),
  defineMetric('tiktok.chat_response_24h_rate', ['24小时客服回复率', 'Chat answered within 24 h', '24時間以内のチャット返信率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 30, ...weekly, group: 'customer_service',
    thresholds: [{ effectiveFrom: SINCE, watch: 0.9, breach: 0.85, source: 'TikTok Shop: warning below 90%, enforcement below 85%' }],
  }),
  defineMetric('tiktok.im_dissatisfaction_rate', ['客服消息不满意率', 'Chat dissatisfaction rate', 'チャット不満足率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 30, ...weekly, group: 'customer_service',
    thresholds: [{ effectiveFrom: SINCE, watch: 0.15, breach: 0.25, source: THIRD_PARTY, unverified: true }],
  }),
  defineMetric('tiktok.gmv', ['GMV', 'GMV', 'GMV'], {
    unit: 'money', direction: 'higher_is_better', windowDays: 1, ...weekly, refreshHours: 24, thresholds: [],
  }),
  defineMetric('tiktok.conversion_rate', ['转化率', 'Conversion rate', 'コンバージョン率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 1, ...weekly, refreshHours: 24,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.02, breach: 0.012, source: THIRD_PARTY, unverified: true }],
  }),
];
