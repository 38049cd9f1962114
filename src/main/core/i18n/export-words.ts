import type { MetricStatus } from '@shared/api/kpi-schemas';
import type { Language } from '@shared/domain/languages';
import type { Platform, StoreStage } from '@shared/domain/stores';
import type { Direction, MetricUnit } from '@shared/metrics/metric-definition';
import type { ThresholdOrigin } from '../kpi/resolve-threshold';

/**
 * Words of the files the core writes (matrix exports), in the language chosen for the file,
 * not the UI's. Metric labels come from the catalog; the wording here matches the renderer's
 * locale files (metricStatuses, platforms, stages, targets.origins) so a file reads like the screen.
 */
export interface ExportWords {
  matrixSheet: string;
  aboutSheet: string;
  store: string;
  client: string;
  platform: string;
  marketplace: string;
  stage: string;
  accountManager: string;
  healthScore: string;
  worstStatus: string;
  /** Header of a metric's status column; {label} is the metric's label. */
  metricStatus: string;
  /** Header of a money metric's currency column. */
  metricCurrency: string;
  /** Header suffix saying what unit the numbers of a column are in. */
  unitSuffix: Partial<Record<MetricUnit, string>>;
  statuses: Record<MetricStatus, string>;
  platforms: Record<Platform, string>;
  stages: Record<StoreStage, string>;

  aboutTitle: string;
  exportedAt: string;
  workspace: string;
  storeCount: string;
  filters: string;
  noFilters: string;
  metricsHeading: string;
  metric: string;
  metricKey: string;
  unit: string;
  window: string;
  direction: string;
  defaultWatch: string;
  defaultBreach: string;
  defaultSource: string;
  thresholdsUsed: string;
  units: Record<MetricUnit, string>;
  /** {days} is a whole number of days. */
  windowDays: string;
  pointInTime: string;
  directions: Record<Direction, string>;
  noDefaultThreshold: string;
  unverified: string;
  origins: Record<ThresholdOrigin, string>;
  thresholdNote: string;
}

const enUS: ExportWords = {
  matrixSheet: 'Matrix',
  aboutSheet: 'About',
  store: 'Store',
  client: 'Client',
  platform: 'Platform',
  marketplace: 'Marketplace',
  stage: 'Stage',
  accountManager: 'Account manager',
  healthScore: 'Health score',
  worstStatus: 'Worst status',
  metricStatus: '{label} – status',
  metricCurrency: '{label} – currency',
  unitSuffix: { ratio: ' (%)', hours: ' (h)', duration: ' (s)' },
  statuses: { ok: 'OK', watch: 'Watch', breach: 'Breach', stale: 'Stale', no_data: 'No data' },
  platforms: { amazon: 'Amazon', tiktok_shop: 'TikTok Shop', shopify: 'Shopify', other: 'Other' },
  stages: { cold_start: 'Cold start', growth: 'Growth', mature: 'Mature' },

  aboutTitle: 'Storefleet matrix export',
  exportedAt: 'Exported at',
  workspace: 'Workspace',
  storeCount: 'Stores',
  filters: 'Filters',
  noFilters: 'None',
  metricsHeading: 'Metrics',
  metric: 'Metric',
  metricKey: 'Key',
  unit: 'Unit',
  window: 'Reporting window',
  direction: 'Direction',
  defaultWatch: 'Default watch level',
  defaultBreach: 'Default breach level',
  defaultSource: 'Source of the default',
  thresholdsUsed: 'Thresholds used in this file',
  units: {
    ratio: 'Percentage',
    count: 'Count',
    money: 'Money (major units of the store currency)',
    hours: 'Hours',
    score: 'Score',
    duration: 'Seconds',
    status: 'Status as the platform reports it',
  },
  windowDays: '{days} days',
  pointInTime: 'Point in time',
  directions: { lower_is_better: 'Lower is better', higher_is_better: 'Higher is better' },
  noDefaultThreshold: 'No default threshold',
  unverified: 'third-party or unverified guidance: review it',
  origins: { platform_report: 'Platform report', catalog: 'Catalog', marketplace: 'Marketplace', contract: 'Contract', override: 'Override' },
  thresholdNote:
    'Each status is judged by the threshold in force for that store: a store override, a client contract target, the platform report’s own target, or the catalog default shown here.',
};

const zhCN: ExportWords = {
  matrixSheet: '矩阵',
  aboutSheet: '说明',
  store: '店铺',
  client: '客户',
  platform: '平台',
  marketplace: '站点',
  stage: '阶段',
  accountManager: '客户经理',
  healthScore: '健康分',
  worstStatus: '最差状态',
  metricStatus: '{label} – 状态',
  metricCurrency: '{label} – 币种',
  unitSuffix: { ratio: '（%）', hours: '（小时）', duration: '（秒）' },
  statuses: { ok: '正常', watch: '关注', breach: '超标', stale: '数据过期', no_data: '无数据' },
  platforms: { amazon: '亚马逊', tiktok_shop: 'TikTok Shop', shopify: 'Shopify', other: '其他' },
  stages: { cold_start: '冷启动期', growth: '成长期', mature: '成熟期' },

  aboutTitle: 'Storefleet 矩阵导出',
  exportedAt: '导出时间',
  workspace: '工作区',
  storeCount: '店铺数',
  filters: '筛选条件',
  noFilters: '无',
  metricsHeading: '指标',
  metric: '指标',
  metricKey: '键',
  unit: '单位',
  window: '统计周期',
  direction: '方向',
  defaultWatch: '默认关注线',
  defaultBreach: '默认超标线',
  defaultSource: '默认值来源',
  thresholdsUsed: '本文件使用的阈值',
  units: {
    ratio: '百分比',
    count: '数量',
    money: '金额（店铺币种的主单位）',
    hours: '小时',
    score: '分数',
    duration: '秒',
    status: '平台报告的状态',
  },
  windowDays: '{days} 天',
  pointInTime: '时点值',
  directions: { lower_is_better: '越低越好', higher_is_better: '越高越好' },
  noDefaultThreshold: '无默认阈值',
  unverified: '第三方或未经核实的参考值，请复核',
  origins: { platform_report: '平台报告', catalog: '目录默认', marketplace: '站点规则', contract: '合同', override: '店铺覆盖' },
  thresholdNote: '每个状态都按该店铺当时适用的阈值判定：店铺覆盖、客户合同目标、平台报告自带的目标，或此处列出的目录默认值。',
};

const jaJP: ExportWords = {
  matrixSheet: 'マトリクス',
  aboutSheet: '概要',
  store: 'ストア',
  client: 'クライアント',
  platform: 'プラットフォーム',
  marketplace: 'マーケットプレイス',
  stage: 'ステージ',
  accountManager: '担当マネージャー',
  healthScore: 'ヘルススコア',
  worstStatus: '最も悪いステータス',
  metricStatus: '{label} – ステータス',
  metricCurrency: '{label} – 通貨',
  unitSuffix: { ratio: '（%）', hours: '（時間）', duration: '（秒）' },
  statuses: { ok: '正常', watch: '要注意', breach: '基準超過', stale: '更新遅れ', no_data: 'データなし' },
  platforms: { amazon: 'Amazon', tiktok_shop: 'TikTok Shop', shopify: 'Shopify', other: 'その他' },
  stages: { cold_start: '立ち上げ期', growth: '成長期', mature: '成熟期' },

  aboutTitle: 'Storefleet マトリクスのエクスポート',
  exportedAt: 'エクスポート日時',
  workspace: 'ワークスペース',
  storeCount: 'ストア数',
  filters: '絞り込み条件',
  noFilters: 'なし',
  metricsHeading: '指標',
  metric: '指標',
  metricKey: 'キー',
  unit: '単位',
  window: '集計期間',
  direction: '方向',
  defaultWatch: '既定の注意ライン',
  defaultBreach: '既定の基準ライン',
  defaultSource: '既定値の出典',
  thresholdsUsed: 'このファイルで使われたしきい値',
  units: {
    ratio: 'パーセント',
    count: '件数',
    money: '金額（ストア通貨の主単位）',
    hours: '時間',
    score: 'スコア',
    duration: '秒',
    status: 'プラットフォームが報告したステータス',
  },
  windowDays: '{days} 日間',
  pointInTime: '時点の値',
  directions: { lower_is_better: '低いほど良い', higher_is_better: '高いほど良い' },
  noDefaultThreshold: '既定のしきい値なし',
  unverified: '第三者または未確認の目安です。見直してください',
  origins: { platform_report: 'プラットフォームレポート', catalog: 'カタログ既定', marketplace: 'マーケットプレイス', contract: '契約', override: '上書き' },
  thresholdNote:
    '各ステータスは、そのストアに適用されるしきい値（ストアの上書き、クライアント契約の目標、プラットフォームレポート自身の目標、またはここに示すカタログ既定値）で判定されます。',
};

export const EXPORT_WORDS: Readonly<Record<Language, ExportWords>> = { 'en-US': enUS, 'zh-CN': zhCN, 'ja-JP': jaJP };

/** Fills the `{name}` slots of a phrase. */
export function fillWords(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (values[name] === undefined ? match : String(values[name])));
}
