import type { Language } from '@shared/domain/languages';
import type { Marketplace } from '@shared/domain/marketplaces';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricGroup } from '@shared/metrics/metric-definition';
import type { SeededRandom } from './seeded-random';

/** A note in zh-CN, en-US and ja-JP order. */
type Note = [zh: string, en: string, ja: string];

/** What an account manager writes down when something changes that may move a metric. */
const CAUSES: Partial<Record<MetricGroup, Note[]>> & { other: Note[] } = {
  amazon_policy: [['收到知识产权投诉', 'Received an IP complaint on a best-seller', '主力商品に知的財産権の申し立て']],
  customer_service: [['客服团队换班，新人上岗', 'New customer service shift started', 'カスタマーサポートの新シフト開始']],
  tiktok_shop: [['大促期间订单激增', 'Order spike during the mega sale', '大型セール中に注文が急増']],
  funnel: [
    ['主图与标题改写', 'Listing images and title rewritten', '商品画像とタイトルを改稿'],
    ['更换带货达人', 'Switched affiliate creators', 'アフィリエイトのクリエイターを変更'],
  ],
  content: [['视频脚本风格调整', 'Changed the video script style', '動画台本のスタイルを変更']],
  ads: [['广告预算下调 20%', 'Ad budget cut by 20%', '広告予算を20%削減']],
  other: [
    ['主力SKU涨价 8%', 'Raised the best-seller price by 8%', '主力SKUを8%値上げ'],
    ['供应商补货延迟', 'Supplier restock delayed', '仕入先の補充が遅延'],
  ],
};

/** Shipping metrics drift after a carrier or warehouse change; carriers differ by market. */
function shippingCauses(marketplace: Marketplace): Note[] {
  const carrier: Note =
    marketplace === 'JP'
      ? ['物流商切换为大和运输', 'Switched carrier to Yamato Transport', '配送業者をヤマト運輸に切り替え']
      : ['物流商切换为 UPS SurePost', 'Switched carrier to UPS SurePost', '配送業者を UPS SurePost に切り替え'];
  return [carrier, ['仓库搬迁至新地址', 'Moved to a new warehouse', '倉庫を新拠点に移転']];
}

const FOLLOW_UPS: Note[] = [
  ['已与客户沟通，确认改进计划', 'Discussed with the client; improvement plan agreed', 'クライアントと協議し、改善計画に合意'],
  ['每日复盘该指标', 'Reviewing this metric daily with the team', 'チームでこの指標を毎日確認'],
];

/** Platforms enforce these groups: a breach there calls for an appeal, elsewhere for the client's review. */
const ENFORCED: ReadonlySet<MetricGroup> = new Set(['amazon_health', 'amazon_policy', 'customer_service', 'tiktok_shop']);
const APPEAL: Note = ['已向平台提交申诉（POA）', 'Plan of action submitted to the platform', '改善計画書（POA）をプラットフォームに提出'];
const ESCALATED: Note = ['已列入客户周会议题', "On the agenda of the client's weekly review", 'クライアントの週次定例で議題化'];
const WATCHING: Note = ['调整后观察两周', 'Watching for two weeks after the fix', '対策後2週間の経過観察'];

const LANGUAGE_INDEX: Record<Language, 0 | 1 | 2> = { 'zh-CN': 0, 'en-US': 1, 'ja-JP': 2 };

export interface DemoNote {
  /** Fraction of the demo period, 0 (first day) to 1 (last day), the note is dated at. */
  at: number;
  text: string;
}

/**
 * Two or three notes for a store in trouble, in its client's language: the change that set the
 * drift off (dated early, before the metric moves visibly), the reaction, sometimes the outcome.
 */
export function demoAnnotations(
  rng: SeededRandom,
  language: Language,
  troubled: { metricKey: string; trajectory: 'breached' | 'drifting'; marketplace: Marketplace },
): DemoNote[] {
  const group = findMetric(troubled.metricKey)?.group;
  const causes = group === 'amazon_health' ? shippingCauses(troubled.marketplace) : ((group && CAUSES[group]) ?? CAUSES.other);
  const closing = troubled.trajectory === 'drifting' ? WATCHING : group && ENFORCED.has(group) ? APPEAL : ESCALATED;
  const say = (note: Note) => note[LANGUAGE_INDEX[language]];
  const notes: DemoNote[] = [
    { at: rng.between(0.1, 0.25), text: say(rng.pick(causes)) },
    { at: rng.between(0.5, 0.7), text: say(rng.pick(FOLLOW_UPS)) },
  ];
  if (rng.next() < 0.5) notes.push({ at: rng.between(0.8, 0.95), text: say(closing) });
  return notes;
}
