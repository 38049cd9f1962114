import type { Language } from '@shared/domain/languages';
import type { ALERT_SEVERITIES } from '@shared/api/alert-schemas';
import type { SlaItemStatus, SlaTermKind } from '@shared/domain/agency-contracts';
import type { PoaStatus } from '@shared/domain/poa';

/**
 * Words of a monthly review, in the review's language (the client's, not the UI's). Metric,
 * status and platform names come from the catalog and the export words; {name} slots are
 * filled by fillWords.
 */
export interface ReviewWords {
  title: string;
  preparedFor: string;
  preparedBy: string;
  month: string;
  preparedOn: string;
  executiveSummary: string;
  nextMonthPlan: string;
  storeSection: string;
  noData: string;
  kpiHeaders: { metric: string; value: string; previous: string; baseline: string; target: string; status: string };
  trends: string;
  funnel: string;
  funnelSteps: { impressions: string; clicks: string; add_to_cart: string; orders: string };
  funnelRate: string;
  alerts: string;
  alertsCounts: string;
  alertHeaders: { store: string; metric: string; severity: string; opened: string; resolved: string };
  noAlerts: string;
  severities: Record<(typeof ALERT_SEVERITIES)[number], string>;
  poaCases: string;
  poaHeaders: { store: string; caseType: string; status: string; notice: string; decided: string };
  poaStatuses: Record<PoaStatus, string>;
  noPoaCases: string;
  sla: string;
  slaRate: string;
  slaNothingDue: string;
  slaHeaders: { item: string; due: string; status: string };
  noSla: string;
  slaKinds: Record<SlaTermKind, string>;
  slaStatuses: Record<SlaItemStatus, string>;
  fees: string;
  feeTotal: string;
  feeContract: string;
  summarySheet: string;
  dateHeader: string;
  /** Drafted texts. */
  listSeparator: string;
  draftHealth: string;
  draftImproved: string;
  draftRisks: string;
  draftNoRisks: string;
  draftAlerts: string;
  draftPlanFix: string;
  draftPlanTarget: string;
  draftPlanKeep: string;
  draftPlanAlerts: string;
}

const enUS: ReviewWords = {
  title: 'Monthly review',
  preparedFor: 'Prepared for',
  preparedBy: 'Prepared by',
  month: 'Month',
  preparedOn: 'Prepared on',
  executiveSummary: 'Executive summary',
  nextMonthPlan: 'Plan for next month',
  storeSection: 'Store: {store}',
  noData: 'No data for this store in {month}: nothing was imported for it, so there is nothing to review.',
  kpiHeaders: { metric: 'Metric', value: 'This month', previous: 'Previous month', baseline: 'Baseline', target: 'Target', status: 'Status' },
  trends: 'Trends',
  funnel: 'Funnel',
  funnelSteps: { impressions: 'Impressions', clicks: 'Clicks', add_to_cart: 'Add to cart', orders: 'Orders' },
  funnelRate: 'Rate from previous step',
  alerts: 'Alerts',
  alertsCounts: '{opened} opened, {resolved} resolved this month.',
  alertHeaders: { store: 'Store', metric: 'Metric', severity: 'Severity', opened: 'Opened', resolved: 'Resolved' },
  noAlerts: 'No alerts were opened this month.',
  severities: { critical: 'Critical', warning: 'Warning', info: 'Info' },
  poaCases: 'Plans of action (appeals)',
  poaHeaders: { store: 'Store', caseType: 'Case', status: 'Status', notice: 'Notice', decided: 'Decided' },
  poaStatuses: { draft: 'Draft', internal_review: 'In review', submitted: 'Submitted', accepted: 'Accepted', more_info_requested: 'More information requested', rejected: 'Rejected' },
  noPoaCases: 'No appeals this month.',
  sla: 'Service levels (SLA)',
  slaRate: '{met} of {due} items met on time ({rate}).',
  slaNothingDue: 'No items were due yet this month.',
  slaHeaders: { item: 'Item', due: 'Due', status: 'Status' },
  noSla: 'No SLA items this month.',
  slaKinds: { alert_acknowledge: 'Alert acknowledged', poa_delivery: 'Appeal delivered', monthly_review: 'Monthly review', client_request: 'Client request' },
  slaStatuses: { open: 'Open', paused: 'Paused', met: 'Met', breached: 'Breached', waived: 'Waived' },
  fees: 'Fee statement',
  feeTotal: 'Total',
  feeContract: 'Contract',
  summarySheet: 'Summary',
  dateHeader: 'Date',
  listSeparator: '; ',
  draftHealth: '{client}: {stores} stores reviewed for {month}. {ok} healthy, {watch} to watch, {breach} with a breach, {noData} without data.',
  draftImproved: 'Biggest improvements: {items}.',
  draftRisks: 'Main risks: {items}.',
  draftNoRisks: 'No metric is in breach or on watch at the end of the month.',
  draftAlerts: '{opened} alerts opened and {resolved} resolved; appeal cases: {poa}.',
  draftPlanFix: '- Bring {metric} at {store} back within its threshold (now {value}).',
  draftPlanTarget: '- Keep working towards the {metric} target at {store} ({target}).',
  draftPlanKeep: '- Keep every metric within its threshold and watch the trends weekly.',
  draftPlanAlerts: '- Close the open alerts and follow up on the pending appeals.',
};

const zhCN: ReviewWords = {
  title: '月度运营报告',
  preparedFor: '客户',
  preparedBy: '服务商',
  month: '月份',
  preparedOn: '编制日期',
  executiveSummary: '执行摘要',
  nextMonthPlan: '下月计划',
  storeSection: '店铺：{store}',
  noData: '{month} 该店铺无数据：本月未导入任何数据，无法评估。',
  kpiHeaders: { metric: '指标', value: '本月', previous: '上月', baseline: '基线', target: '目标', status: '状态' },
  trends: '趋势',
  funnel: '转化漏斗',
  funnelSteps: { impressions: '曝光', clicks: '点击', add_to_cart: '加购', orders: '订单' },
  funnelRate: '较上一步转化率',
  alerts: '预警',
  alertsCounts: '本月新增 {opened} 条，已解决 {resolved} 条。',
  alertHeaders: { store: '店铺', metric: '指标', severity: '级别', opened: '发生时间', resolved: '解决时间' },
  noAlerts: '本月无新增预警。',
  severities: { critical: '严重', warning: '警告', info: '提示' },
  poaCases: '申诉（POA）',
  poaHeaders: { store: '店铺', caseType: '类型', status: '状态', notice: '通知日期', decided: '裁定日期' },
  poaStatuses: { draft: '草稿', internal_review: '内部审核', submitted: '已提交', accepted: '已通过', more_info_requested: '需补充信息', rejected: '已驳回' },
  noPoaCases: '本月无申诉。',
  sla: '服务水平（SLA）',
  slaRate: '{due} 项中 {met} 项按时完成（{rate}）。',
  slaNothingDue: '本月尚无到期事项。',
  slaHeaders: { item: '事项', due: '截止', status: '状态' },
  noSla: '本月无 SLA 事项。',
  slaKinds: { alert_acknowledge: '预警确认', poa_delivery: '申诉交付', monthly_review: '月度报告', client_request: '客户请求' },
  slaStatuses: { open: '进行中', paused: '已暂停', met: '已达成', breached: '已违约', waived: '已豁免' },
  fees: '费用明细',
  feeTotal: '合计',
  feeContract: '合同',
  summarySheet: '摘要',
  dateHeader: '日期',
  listSeparator: '；',
  draftHealth: '{client}：本月（{month}）共评估 {stores} 家店铺，{ok} 家健康，{watch} 家需关注，{breach} 家存在超标，{noData} 家无数据。',
  draftImproved: '主要改善：{items}。',
  draftRisks: '主要风险：{items}。',
  draftNoRisks: '月末没有指标超标或处于关注状态。',
  draftAlerts: '新增预警 {opened} 条，解决 {resolved} 条；申诉 {poa} 件。',
  draftPlanFix: '- 将 {store} 的{metric}恢复到阈值以内（当前 {value}）。',
  draftPlanTarget: '- 继续推进 {store} 的{metric}目标（{target}）。',
  draftPlanKeep: '- 保持各项指标在阈值以内，每周跟踪趋势。',
  draftPlanAlerts: '- 处理未关闭的预警，跟进待裁定的申诉。',
};

const jaJP: ReviewWords = {
  title: '月次レポート',
  preparedFor: 'クライアント',
  preparedBy: '作成者',
  month: '対象月',
  preparedOn: '作成日',
  executiveSummary: 'エグゼクティブサマリー',
  nextMonthPlan: '来月の計画',
  storeSection: 'ストア：{store}',
  noData: '{month} はこのストアのデータがありません：データが取り込まれていないため評価できません。',
  kpiHeaders: { metric: '指標', value: '今月', previous: '前月', baseline: 'ベースライン', target: '目標', status: 'ステータス' },
  trends: '推移',
  funnel: 'ファネル',
  funnelSteps: { impressions: 'インプレッション', clicks: 'クリック', add_to_cart: 'カート追加', orders: '注文' },
  funnelRate: '前段階からの率',
  alerts: 'アラート',
  alertsCounts: '今月の発生 {opened} 件、解決 {resolved} 件。',
  alertHeaders: { store: 'ストア', metric: '指標', severity: '重要度', opened: '発生', resolved: '解決' },
  noAlerts: '今月発生したアラートはありません。',
  severities: { critical: '重大', warning: '警告', info: '情報' },
  poaCases: '改善計画書（POA）',
  poaHeaders: { store: 'ストア', caseType: '種類', status: 'ステータス', notice: '通知日', decided: '判定日' },
  poaStatuses: { draft: '下書き', internal_review: '社内レビュー', submitted: '提出済み', accepted: '承認', more_info_requested: '追加情報の要求', rejected: '却下' },
  noPoaCases: '今月の申し立てはありません。',
  sla: 'サービスレベル（SLA）',
  slaRate: '{due} 件中 {met} 件を期限内に完了（{rate}）。',
  slaNothingDue: '今月はまだ期限を迎えた項目がありません。',
  slaHeaders: { item: '項目', due: '期限', status: 'ステータス' },
  noSla: '今月の SLA 項目はありません。',
  slaKinds: { alert_acknowledge: 'アラート確認', poa_delivery: '申し立て提出', monthly_review: '月次レポート', client_request: 'クライアント依頼' },
  slaStatuses: { open: '対応中', paused: '一時停止', met: '達成', breached: '違反', waived: '免除' },
  fees: '料金明細',
  feeTotal: '合計',
  feeContract: '契約',
  summarySheet: 'サマリー',
  dateHeader: '日付',
  listSeparator: '；',
  draftHealth: '{client}：{month} は {stores} ストアを評価しました。健全 {ok}、要注意 {watch}、基準超過 {breach}、データなし {noData}。',
  draftImproved: '主な改善：{items}。',
  draftRisks: '主なリスク：{items}。',
  draftNoRisks: '月末時点で基準超過・要注意の指標はありません。',
  draftAlerts: 'アラート発生 {opened} 件、解決 {resolved} 件。申し立て {poa} 件。',
  draftPlanFix: '- {store} の{metric}を基準内に戻す（現在 {value}）。',
  draftPlanTarget: '- {store} の{metric}の目標（{target}）に向けて継続して取り組む。',
  draftPlanKeep: '- すべての指標を基準内に保ち、毎週推移を確認する。',
  draftPlanAlerts: '- 未解決のアラートを解消し、判定待ちの申し立てをフォローする。',
};

export const REVIEW_WORDS: Readonly<Record<Language, ReviewWords>> = { 'en-US': enUS, 'zh-CN': zhCN, 'ja-JP': jaJP };
