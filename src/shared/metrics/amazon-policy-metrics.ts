import { AMAZON_ACCOUNT_HEALTH_HELP as HELP, SINCE_CATALOG as SINCE, defineMetric } from './define-metric';
import type { MetricDefinition } from './metric-definition';

/** Policy compliance: each defect in the 180-day window can trigger an appeal; the target is zero. */
function policyCount(key: string, labels: [string, string, string]): MetricDefinition {
  return defineMetric(`amazon.policy.${key}`, labels, {
    unit: 'count', direction: 'lower_is_better', windowDays: 180, group: 'amazon_policy', platforms: ['amazon'],
    refreshHours: 24, graceHours: 48,
    thresholds: [{ effectiveFrom: SINCE, watch: null, breach: 1, source: `${HELP}: target 0` }],
  });
}

export const AMAZON_POLICY_METRICS: MetricDefinition[] = [
  policyCount('ip_complaints', ['知识产权投诉', 'Intellectual property complaints', '知的財産権侵害の申し立て']),
  policyCount('suspected_ip_violations', ['疑似知识产权侵权', 'Suspected IP violations', '知的財産権侵害の疑い']),
  policyCount('authenticity_complaints', ['真实性投诉', 'Product authenticity complaints', '商品の真正性に関する苦情']),
  policyCount('condition_complaints', ['商品状况投诉', 'Product condition complaints', '商品のコンディションに関する苦情']),
  policyCount('safety_complaints', ['商品安全投诉', 'Product safety complaints', '商品の安全性に関する苦情']),
  policyCount('listing_policy_violations', ['违反商品政策', 'Listing policy violations', '出品ポリシー違反']),
  policyCount('restricted_product_violations', ['违反受限商品政策', 'Restricted product policy violations', '制限対象商品ポリシー違反']),
  policyCount('food_product_safety', ['食品和商品安全问题', 'Food and product safety issues', '食品および製品の安全性に関する問題']),
  policyCount('other_violations', ['其他政策违规', 'Other policy violations', 'その他のポリシー違反']),
  policyCount('document_requests', ['文件要求', 'Document requests', '書類の提出依頼']),
];
