import { AMAZON_ACCOUNT_HEALTH_HELP as HELP, SINCE_CATALOG as SINCE, defineMetric } from './define-metric';
import type { MetricDefinition } from './metric-definition';

const amazon = ['amazon'] as const;
const daily = { refreshHours: 24, graceHours: 48 };

/** What an order defect is made of: the evidence a POA for ODR must address one by one. */
const ODR_COMPONENTS: MetricDefinition[] = (['mfn', 'afn'] as const).flatMap((channel) => {
  const [zhChannel, enChannel, jaChannel] = channel === 'mfn' ? ['自配送', 'seller-fulfilled', '出品者出荷'] : ['亚马逊配送', 'FBA', 'FBA'];
  const parts = [
    ['negative_feedback', '差评', 'Negative feedback', '否定的な評価'],
    ['claims', '亚马逊商城交易保障索赔', 'A-to-z claims', 'マーケットプレイス保証申請'],
    ['chargebacks', '信用卡拒付', 'Chargebacks', 'チャージバック'],
  ] as const;
  return parts.map(([part, zh, en, ja]) =>
    defineMetric(`amazon.odr_${channel}.${part}`, [`${zh}（${zhChannel}）`, `${en} (${enChannel})`, `${ja}（${jaChannel}）`], {
      unit: 'count', direction: 'lower_is_better', windowDays: 60, group: 'amazon_health', platforms: amazon, ...daily, thresholds: [],
    }),
  );
});

export const AMAZON_HEALTH_METRICS: MetricDefinition[] = [
  defineMetric('amazon.odr_mfn', ['订单缺陷率（自配送）', 'Order defect rate (seller-fulfilled)', '注文不良率（出品者出荷）'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 60, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.0075, breach: 0.01, source: HELP }],
    note: 'Defects are negative feedback, A-to-z claims not denied, and chargebacks.',
  }),
  defineMetric('amazon.odr_afn', ['订单缺陷率（亚马逊配送）', 'Order defect rate (FBA)', '注文不良率（FBA）'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 60, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.0075, breach: 0.01, source: HELP }],
  }),
  defineMetric('amazon.pre_fulfillment_cancel_rate', ['配送前取消率', 'Pre-fulfilment cancel rate', '出荷前キャンセル率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 7, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.02, breach: 0.025, source: HELP }],
  }),
  defineMetric('amazon.late_shipment_rate', ['迟发率', 'Late shipment rate', '出荷遅延率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 30, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.03, breach: 0.04, source: HELP }],
    note: 'Amazon reports 10- and 30-day windows; the report file names the window it used.',
  }),
  defineMetric('amazon.valid_tracking_rate', ['有效追踪率', 'Valid tracking rate', '有効な追跡率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 30, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.96, breach: 0.95, source: HELP }],
    note: 'In the US and JP a breach can stop seller-fulfilled selling in that category; JP counts packages of ¥1,000 or more with a promised delivery date.',
  }),
  defineMetric('amazon.on_time_delivery_rate', ['准时交货率', 'On-time delivery rate', '配達遅延なし率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 14, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.92, breach: 0.9, source: `${HELP}; sources disagree (90–97%), the report's own target wins`, unverified: true }],
  }),
  defineMetric('amazon.invoice_defect_rate', ['发票缺陷率', 'Invoice defect rate', '請求書不備率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 7, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.04, breach: 0.05, source: HELP }],
  }),
  defineMetric('amazon.contact_response_24h_rate', ['24小时内回复率', 'Buyer messages answered within 24 h', '24時間以内の返信率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 90, group: 'customer_service', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.92, breach: 0.9, source: HELP }],
    note: 'Weekends count.',
  }),
  defineMetric('amazon.cs_dissatisfaction_rate', ['客服不满意率', 'Customer service dissatisfaction rate', 'カスタマーサービス不満足率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 60, group: 'customer_service', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.2, breach: 0.25, source: HELP }],
    note: 'No direct penalty.',
  }),
  defineMetric('amazon.return_dissatisfaction_rate', ['退货不满意率', 'Return dissatisfaction rate', '返品不満足率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 60, group: 'customer_service', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.08, breach: 0.1, source: HELP }],
  }),
  defineMetric('amazon.account_health_rating', ['账户健康评级', 'Account Health Rating', 'アカウント健全性評価'], {
    unit: 'score', direction: 'higher_is_better', windowDays: null, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 200, breach: 100, source: `${HELP}: 200+ healthy, 100–199 at risk, below 100 deactivation risk` }],
    note: 'The SP-API report carries only the status (GREAT / WARNED), not the number.',
  }),
  defineMetric('amazon.ahr_status', ['账户健康状态', 'Account health status', 'アカウント健全性ステータス'], {
    unit: 'status', direction: 'higher_is_better', windowDays: null, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [],
    note: 'GREAT or WARNED as reported by GET_V2_SELLER_PERFORMANCE_REPORT; judged by the platform status.',
  }),
  defineMetric('amazon.account_status', ['账户状态', 'Account status', 'アカウントステータス'], {
    unit: 'status', direction: 'higher_is_better', windowDays: null, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [],
    note: 'NORMAL, AT_RISK, DEACTIVATED or SUSPENDED (the report uses SUSPENDED although its schema omits it).',
  }),
  ...ODR_COMPONENTS,
  defineMetric('amazon.invoice_defect_rate.missing', ['缺失发票数', 'Missing invoices', '請求書未発行数'], {
    unit: 'count', direction: 'lower_is_better', windowDays: 7, group: 'amazon_health', platforms: amazon, ...daily, thresholds: [],
  }),
  defineMetric('amazon.invoice_defect_rate.late', ['延迟发票数', 'Late invoices', '請求書遅延数'], {
    unit: 'count', direction: 'lower_is_better', windowDays: 7, group: 'amazon_health', platforms: amazon, ...daily, thresholds: [],
  }),
  defineMetric('amazon.unit_on_time_delivery_rate', ['按件准时交货率', 'Unit on-time delivery rate', 'ユニット単位の配達遅延なし率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 14, group: 'amazon_health', platforms: amazon, ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.92, breach: 0.9, source: `${HELP}; the report's own target wins`, unverified: true }],
  }),
];
