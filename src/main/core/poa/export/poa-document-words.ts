import type { PoaCaseType, PoaEvidenceFigure, PoaFrequency, PoaLanguage } from '@shared/domain/poa';
import type { SnapshotSource } from '@shared/domain/snapshots';

/**
 * Words of an exported plan of action, in the document's language (not the UI's). Metric names
 * come from the catalog. `{placeholders}` are filled by the document builder.
 */
export interface PoaDocumentWords {
  /** {caseType} is the case type's name. */
  title: string;
  caseTypes: Record<PoaCaseType, string>;
  store: string;
  sellerId: string;
  marketplace: string;
  noticeDate: string;
  affectedItems: string;
  affectedItem: string;
  rootCauses: string;
  correctiveActions: string;
  preventiveMeasures: string;
  additionalInformation: string;
  date: string;
  rootCause: string;
  owner: string;
  frequency: string;
  frequencies: Record<PoaFrequency, string>;
  evidence: string;
  figure: string;
  value: string;
  figures: Record<PoaEvidenceFigure, string>;
  /** {from} and {to} are days. */
  window: string;
  /** A recovery plan's table: {metric} is the metric's name, {date} a day, {orders}, {missing} and {window} numbers. */
  recovery: {
    caption: string;
    recoveryDate: string;
    projectedOrders: string;
    speedUp: string;
    speedUpOrders: string;
    missingDays: string;
    missingDaysValue: string;
  };
  platformStatus: string;
  /** {name}, {kind}, {format} and {date} describe the import. */
  source: string;
  sourceKinds: Record<SnapshotSource, string>;
  attachments: string;
  /** Between label and value, and between the notes of an entry. */
  colon: string;
  separator: string;
}

const enUS: PoaDocumentWords = {
  title: 'Plan of Action: {caseType}',
  caseTypes: {
    odr: 'Order defect rate',
    late_shipment: 'Late shipment rate',
    cancellation: 'Pre-fulfilment cancellation rate',
    valid_tracking: 'Valid tracking rate',
    on_time_delivery: 'On-time delivery rate',
    ip_complaint: 'Intellectual property complaint',
    authenticity: 'Product authenticity complaint',
    condition: 'Product condition complaint',
    listing_policy: 'Listing policy violation',
    restricted_product: 'Restricted product policy violation',
    product_safety: 'Product safety complaint',
    review_manipulation: 'Customer product reviews policy violation',
    related_account: 'Related account',
    tiktok_violation: 'TikTok Shop policy violation',
    other: 'Policy notice',
  },
  store: 'Store',
  sellerId: 'Seller ID',
  marketplace: 'Marketplace',
  noticeDate: 'Date of notice',
  affectedItems: 'Affected ASINs / SKUs',
  affectedItem: 'ASIN / SKU',
  rootCauses: 'Root causes',
  correctiveActions: 'Corrective actions taken',
  preventiveMeasures: 'Preventive measures',
  additionalInformation: 'Additional information',
  date: 'Date',
  rootCause: 'Root cause',
  owner: 'Owner',
  frequency: 'Frequency',
  frequencies: {
    continuous: 'Continuous (automated)',
    per_order: 'Every order',
    per_shipment: 'Every shipment',
    per_listing: 'Every new or changed listing',
    daily: 'Daily',
    weekly: 'Weekly',
    monthly: 'Monthly',
    quarterly: 'Quarterly',
  },
  evidence: 'Account figures',
  figure: 'Figure',
  value: 'Value',
  figures: {
    orders: 'Orders',
    orders_with_defects: 'Orders with a defect',
    negative_feedback: 'Negative feedback',
    a_to_z_claims: 'A-to-z Guarantee claims',
    chargebacks: 'Chargebacks',
    late_shipments: 'Late shipments',
    cancellations: 'Cancellations by the seller',
    shipments: 'Shipments',
    shipments_with_valid_tracking: 'Shipments with valid tracking',
    shipments_with_tracking: 'Shipments with tracking',
    deliveries_on_time: 'Delivered on time',
    defects: 'Complaints and violations',
    score: 'Score',
    rate: 'Rate',
    target: 'Target',
  },
  window: 'Reporting window {from} to {to}',
  recovery: {
    caption: '{metric}: recovery plan',
    recoveryDate: 'Meets the target again if no new defects occur',
    projectedOrders: 'Orders per day assumed (recent average)',
    speedUp: 'Back by {date} with',
    speedUpOrders: '{orders} defect-free orders a day',
    missingDays: 'Days without daily counts in the window',
    missingDaysValue: '{missing} of {window} (counted as days without orders)',
  },
  platformStatus: 'Status reported',
  source: 'Source: {name} ({kind}{format}), imported {date}',
  sourceKinds: { file: 'report file', api: 'platform API', manual: 'manual entry', demo: 'demo data' },
  attachments: 'Attachments',
  colon: ': ',
  separator: ' · ',
};

const jaJP: PoaDocumentWords = {
  title: '改善計画書：{caseType}',
  caseTypes: {
    odr: '注文不良率',
    late_shipment: '出荷遅延率',
    cancellation: '出荷前キャンセル率',
    valid_tracking: '有効な追跡率',
    on_time_delivery: '配達遅延なし率',
    ip_complaint: '知的財産権侵害の申し立て',
    authenticity: '商品の真正性に関する苦情',
    condition: '商品のコンディションに関する苦情',
    listing_policy: '出品ポリシー違反',
    restricted_product: '制限対象商品ポリシー違反',
    product_safety: '商品の安全性に関する苦情',
    review_manipulation: 'カスタマーレビューに関するポリシー違反',
    related_account: '関連アカウント',
    tiktok_violation: 'TikTok Shop のポリシー違反',
    other: 'ポリシーに関する通知',
  },
  store: 'ストア名',
  sellerId: '出品者ID',
  marketplace: 'マーケットプレイス',
  noticeDate: '通知日',
  affectedItems: '対象のASIN／SKU',
  affectedItem: 'ASIN／SKU',
  rootCauses: '根本原因',
  correctiveActions: '実施した是正措置',
  preventiveMeasures: '再発防止策',
  additionalInformation: '補足情報',
  date: '実施日',
  rootCause: '対応する原因',
  owner: '担当',
  frequency: '頻度',
  frequencies: {
    continuous: '常時（自動）',
    per_order: '注文ごと',
    per_shipment: '出荷・入荷ごと',
    per_listing: '出品・変更ごと',
    daily: '毎日',
    weekly: '毎週',
    monthly: '毎月',
    quarterly: '四半期ごと',
  },
  evidence: 'アカウントの数値',
  figure: '項目',
  value: '値',
  figures: {
    orders: '注文数',
    orders_with_defects: '不良のある注文',
    negative_feedback: '否定的な評価',
    a_to_z_claims: 'マーケットプレイス保証申請',
    chargebacks: 'チャージバック',
    late_shipments: '出荷遅延',
    cancellations: '出品者によるキャンセル',
    shipments: '出荷数',
    shipments_with_valid_tracking: '有効な追跡番号のある出荷',
    shipments_with_tracking: '追跡可能な出荷',
    deliveries_on_time: '期日内の配達',
    defects: '苦情・違反の件数',
    score: 'スコア',
    rate: '率',
    target: '目標値',
  },
  window: '集計期間：{from}～{to}',
  recovery: {
    caption: '{metric}：回復見込み',
    recoveryDate: '新たな不良が発生しない場合に基準内へ戻る日',
    projectedOrders: '想定する1日あたりの注文数（直近の平均）',
    speedUp: '{date}までに戻すには',
    speedUpOrders: '不良のない注文が1日{orders}件',
    missingDays: '期間内で日次件数のない日',
    missingDaysValue: '{window}日中{missing}日（注文のない日として計算）',
  },
  platformStatus: 'ステータス',
  source: '出典：{name}（{kind}{format}）、{date}取込',
  sourceKinds: { file: 'レポートファイル', api: 'プラットフォームAPI', manual: '手入力', demo: 'デモデータ' },
  attachments: '添付資料',
  colon: '：',
  separator: '／',
};

const zhCN: PoaDocumentWords = {
  title: '行动计划（POA）：{caseType}',
  caseTypes: {
    odr: '订单缺陷率',
    late_shipment: '迟发率',
    cancellation: '配送前取消率',
    valid_tracking: '有效追踪率',
    on_time_delivery: '准时交货率',
    ip_complaint: '知识产权投诉',
    authenticity: '商品真实性投诉',
    condition: '商品状况投诉',
    listing_policy: '违反商品政策',
    restricted_product: '违反受限商品政策',
    product_safety: '商品安全投诉',
    review_manipulation: '违反买家评论政策',
    related_account: '关联账户',
    tiktok_violation: 'TikTok Shop 违规',
    other: '政策通知',
  },
  store: '店铺',
  sellerId: '卖家 ID',
  marketplace: '站点',
  noticeDate: '通知日期',
  affectedItems: '涉及的 ASIN / SKU',
  affectedItem: 'ASIN / SKU',
  rootCauses: '根本原因',
  correctiveActions: '已采取的纠正措施',
  preventiveMeasures: '预防措施',
  additionalInformation: '补充说明',
  date: '日期',
  rootCause: '对应原因',
  owner: '负责人',
  frequency: '频率',
  frequencies: {
    continuous: '持续（自动）',
    per_order: '每笔订单',
    per_shipment: '每批发货或到货',
    per_listing: '每次上架或修改',
    daily: '每天',
    weekly: '每周',
    monthly: '每月',
    quarterly: '每季度',
  },
  evidence: '账户数据',
  figure: '项目',
  value: '数值',
  figures: {
    orders: '订单数',
    orders_with_defects: '有缺陷的订单',
    negative_feedback: '负面反馈',
    a_to_z_claims: '亚马逊商城交易保障索赔',
    chargebacks: '信用卡拒付',
    late_shipments: '迟发订单',
    cancellations: '卖家取消的订单',
    shipments: '发货数',
    shipments_with_valid_tracking: '有效追踪的发货',
    shipments_with_tracking: '可追踪的发货',
    deliveries_on_time: '准时送达',
    defects: '投诉与违规数',
    score: '分数',
    rate: '比率',
    target: '目标',
  },
  window: '统计周期：{from} 至 {to}',
  recovery: {
    caption: '{metric}：恢复计划',
    recoveryDate: '若不再出现新缺陷，重新达标的日期',
    projectedOrders: '假设的每日订单数（近期平均）',
    speedUp: '在 {date} 前恢复需要',
    speedUpOrders: '每天 {orders} 个无缺陷订单',
    missingDays: '周期内缺少每日计数的天数',
    missingDaysValue: '{window} 天中有 {missing} 天（按无订单计算）',
  },
  platformStatus: '平台状态',
  source: '来源：{name}（{kind}{format}），{date} 导入',
  sourceKinds: { file: '报告文件', api: '平台 API', manual: '手动录入', demo: '演示数据' },
  attachments: '附件',
  colon: '：',
  separator: '；',
};

export const POA_DOCUMENT_WORDS: Record<PoaLanguage, PoaDocumentWords> = { 'en-US': enUS, 'ja-JP': jaJP, 'zh-CN': zhCN };

/** Fills `{name}` placeholders. */
export function fillWords(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
