import { SINCE_CATALOG as SINCE, defineMetric } from './define-metric';
import type { MetricDefinition } from './metric-definition';

const amazon = ['amazon'] as const;
const daily = { refreshHours: 24, graceHours: 72, windowDays: 1, group: 'amazon_sales' as const, platforms: amazon };
const AGENCY = 'Storefleet default for agencies; set your own per client or store';

export const AMAZON_SALES_METRICS: MetricDefinition[] = [
  defineMetric('amazon.ordered_product_sales', ['订购商品销售额', 'Ordered product sales', '注文商品売上'], {
    unit: 'money', direction: 'higher_is_better', ...daily, thresholds: [],
  }),
  defineMetric('amazon.units_ordered', ['订购数量', 'Units ordered', '注文点数'], {
    unit: 'count', direction: 'higher_is_better', ...daily, thresholds: [],
  }),
  defineMetric('amazon.total_order_items', ['订单商品数', 'Order items', '注文品目数'], {
    unit: 'count', direction: 'higher_is_better', ...daily, thresholds: [],
  }),
  defineMetric('amazon.sessions', ['会话次数', 'Sessions', 'セッション'], {
    unit: 'count', direction: 'higher_is_better', ...daily, thresholds: [],
  }),
  defineMetric('amazon.page_views', ['页面浏览量', 'Page views', 'ページビュー'], {
    unit: 'count', direction: 'higher_is_better', ...daily, thresholds: [],
  }),
  defineMetric('amazon.unit_session_percentage', ['转化率（订单商品会话百分比）', 'Conversion (unit session percentage)', 'ユニットセッション率'], {
    unit: 'ratio', direction: 'higher_is_better', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.1, breach: 0.06, source: AGENCY, unverified: true }],
  }),
  defineMetric('amazon.buy_box_percentage', ['购买按钮赢得率', 'Featured offer (Buy Box) percentage', 'カートボックス獲得率'], {
    unit: 'ratio', direction: 'higher_is_better', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.9, breach: 0.8, source: AGENCY, unverified: true }],
  }),
  defineMetric('amazon.refund_rate', ['退款率', 'Refund rate', '返金率'], {
    unit: 'ratio', direction: 'lower_is_better', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.04, breach: 0.06, source: AGENCY, unverified: true }],
  }),
  defineMetric('amazon.negative_feedback_rate', ['负面反馈率', 'Negative feedback rate', '否定的な評価率'], {
    unit: 'ratio', direction: 'lower_is_better', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.005, breach: 0.01, source: AGENCY, unverified: true }],
  }),
];
