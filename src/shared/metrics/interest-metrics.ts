import { SINCE_CATALOG as SINCE, defineMetric } from './define-metric';
import type { MetricDefinition } from './metric-definition';

// Interest e-commerce (TikTok, Instagram Shopping, Pinterest, YouTube Shorts) and independent
// shops. Targets depend on the store's stage and are reviewed quarterly: these are starting
// points for an agency to replace with the client's contract targets.
const channels = ['tiktok_shop', 'shopify', 'other'] as const;
const daily = { refreshHours: 24, graceHours: 48, platforms: channels };
const AGENCY = 'Storefleet default for agencies; set your own per client or store';

export const FUNNEL_METRICS: MetricDefinition[] = [
  defineMetric('funnel.impressions', ['曝光/播放量', 'Impressions / plays', 'インプレッション／再生数'], {
    unit: 'count', direction: 'higher_is_better', windowDays: 1, group: 'funnel', ...daily, thresholds: [],
  }),
  defineMetric('funnel.clicks', ['商品点击量', 'Product clicks', '商品クリック数'], {
    unit: 'count', direction: 'higher_is_better', windowDays: 1, group: 'funnel', ...daily, thresholds: [],
  }),
  defineMetric('funnel.ctr', ['点击率（CTR）', 'Click-through rate (CTR)', 'クリック率（CTR）'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 1, group: 'funnel', ...daily, stages: ['growth', 'mature'],
    thresholds: [{ effectiveFrom: SINCE, watch: 0.025, breach: 0.015, source: AGENCY, unverified: true }],
  }),
  defineMetric('funnel.add_to_cart_rate', ['加购率', 'Add-to-cart rate', 'カート追加率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 1, group: 'funnel', ...daily, stages: ['growth', 'mature'],
    thresholds: [{ effectiveFrom: SINCE, watch: 0.07, breach: 0.05, source: AGENCY, unverified: true }],
  }),
  defineMetric('funnel.cvr', ['转化率（CVR）', 'Conversion rate (CVR)', 'コンバージョン率（CVR）'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 1, group: 'funnel', ...daily, stages: ['growth', 'mature'],
    thresholds: [{ effectiveFrom: SINCE, watch: 0.02, breach: 0.012, source: AGENCY, unverified: true }],
  }),
  defineMetric('funnel.orders', ['订单数', 'Orders', '注文数'], {
    unit: 'count', direction: 'higher_is_better', windowDays: 1, group: 'funnel', ...daily, thresholds: [],
  }),
  defineMetric('funnel.gmv', ['GMV', 'GMV', 'GMV'], {
    unit: 'money', direction: 'higher_is_better', windowDays: 1, group: 'funnel', ...daily, thresholds: [],
  }),
  defineMetric('funnel.return_rate', ['退货率', 'Return rate', '返品率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 30, group: 'funnel', ...daily, stages: ['mature'],
    thresholds: [{ effectiveFrom: SINCE, watch: 0.06, breach: 0.09, source: AGENCY, unverified: true }],
  }),
  defineMetric('funnel.repeat_purchase_rate', ['复购率', 'Repeat purchase rate', 'リピート購入率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 30, group: 'funnel', ...daily, stages: ['mature'],
    thresholds: [{ effectiveFrom: SINCE, watch: 0.2, breach: 0.12, source: AGENCY, unverified: true }],
  }),
];

export const CONTENT_METRICS: MetricDefinition[] = [
  defineMetric('content.three_second_drop_off_rate', ['3秒跳出率', '3-second drop-off rate', '3秒離脱率'], {
    unit: 'ratio', direction: 'lower_is_better', windowDays: 7, group: 'content', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.5, breach: 0.6, source: AGENCY, unverified: true }],
  }),
  defineMetric('content.average_watch_time', ['平均观看时长', 'Average watch time', '平均視聴時間'], {
    unit: 'duration', direction: 'higher_is_better', windowDays: 7, group: 'content', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 8, breach: 5, source: `${AGENCY} (seconds)`, unverified: true }],
  }),
  defineMetric('content.completion_rate', ['完播率', 'Completion rate', '完全視聴率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 7, group: 'content', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.18, breach: 0.12, source: AGENCY, unverified: true }],
  }),
  defineMetric('content.engagement_rate', ['互动率', 'Engagement rate', 'エンゲージメント率'], {
    unit: 'ratio', direction: 'higher_is_better', windowDays: 7, group: 'content', ...daily,
    thresholds: [{ effectiveFrom: SINCE, watch: 0.045, breach: 0.03, source: AGENCY, unverified: true }],
  }),
  defineMetric('content.follower_growth', ['粉丝增长', 'Follower growth', 'フォロワー増加数'], {
    unit: 'count', direction: 'higher_is_better', windowDays: 7, group: 'content', ...daily, stages: ['cold_start', 'growth'],
    thresholds: [
      { effectiveFrom: SINCE, stage: 'cold_start', watch: 300, breach: 100, source: AGENCY, unverified: true },
      { effectiveFrom: SINCE, stage: 'growth', watch: 800, breach: 300, source: AGENCY, unverified: true },
    ],
  }),
  defineMetric('content.videos_published', ['每周发布视频数', 'Videos published per week', '週あたり投稿本数'], {
    unit: 'count', direction: 'higher_is_better', windowDays: 7, group: 'content', ...daily, stages: ['cold_start', 'growth'],
    thresholds: [
      { effectiveFrom: SINCE, stage: 'cold_start', watch: 7, breach: 4, source: AGENCY, unverified: true },
      { effectiveFrom: SINCE, stage: 'growth', watch: 5, breach: 3, source: AGENCY, unverified: true },
    ],
  }),
];
