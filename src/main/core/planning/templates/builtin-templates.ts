import type { TemplateItem } from '@shared/api/planning-schemas';
import type { Platform, StoreStage } from '@shared/domain/stores';

export interface BuiltInTemplate {
  key: string;
  name: string;
  platform: Platform;
  stage: StoreStage;
  items: TemplateItem[];
}

const absolute = (metricKey: string, targetValue: number, role: TemplateItem['role'], weight: number): TemplateItem => ({
  metricKey, basis: 'absolute', targetValue, role, weight,
});
const grow = (metricKey: string, multiple: number, role: TemplateItem['role'], weight: number): TemplateItem => ({
  metricKey, basis: 'previous_period', targetValue: multiple, role, weight,
});

// DOMAIN.md: cold start is judged on publishing cadence, follower growth and first orders; growth
// on CTR, CVR and ROAS; mature on GMV, repeat and return rates and health. Values are starting
// points in the spirit of the catalog's agency defaults: agencies copy a template and edit it.
const SHIPPED: Omit<BuiltInTemplate, 'key'>[] = [
  { platform: 'amazon', stage: 'cold_start', name: 'Amazon · cold start', items: [
    grow('amazon.total_order_items', 1.5, 'account_manager', 2),
    grow('amazon.sessions', 1.3, 'ads', 2),
    grow('ads.ctr', 1.1, 'ads', 1),
    absolute('amazon.contact_response_24h_rate', 0.9, 'customer_service', 1),
  ] },
  { platform: 'amazon', stage: 'growth', name: 'Amazon · growth', items: [
    grow('ads.ctr', 1.1, 'ads', 1),
    grow('amazon.unit_session_percentage', 1.05, 'content', 2),
    absolute('ads.roas', 3, 'ads', 2),
    absolute('amazon.late_shipment_rate', 0.04, 'customer_service', 1),
  ] },
  { platform: 'amazon', stage: 'mature', name: 'Amazon · mature', items: [
    grow('amazon.ordered_product_sales', 1.05, 'account_manager', 3),
    absolute('amazon.refund_rate', 0.05, 'customer_service', 1),
    absolute('amazon.odr_mfn', 0.01, 'customer_service', 2),
    absolute('amazon.account_health_rating', 200, 'account_manager', 1),
  ] },
  { platform: 'tiktok_shop', stage: 'cold_start', name: 'TikTok Shop · cold start', items: [
    absolute('content.videos_published', 7, 'content', 3),
    absolute('content.follower_growth', 300, 'content', 2),
    grow('funnel.orders', 1.5, 'account_manager', 2),
    absolute('tiktok.chat_response_24h_rate', 0.9, 'customer_service', 1),
  ] },
  { platform: 'tiktok_shop', stage: 'growth', name: 'TikTok Shop · growth', items: [
    grow('funnel.ctr', 1.1, 'content', 2),
    grow('funnel.cvr', 1.1, 'ads', 2),
    absolute('ads.roas', 3, 'ads', 2),
    absolute('tiktok.late_dispatch_rate', 0.04, 'customer_service', 1),
  ] },
  { platform: 'tiktok_shop', stage: 'mature', name: 'TikTok Shop · mature', items: [
    grow('tiktok.gmv', 1.05, 'account_manager', 3),
    absolute('funnel.return_rate', 0.06, 'customer_service', 1),
    absolute('tiktok.shop_performance_score', 4, 'account_manager', 2),
    absolute('tiktok.seller_fault_cancellation_rate', 0.025, 'customer_service', 1),
  ] },
  { platform: 'other', stage: 'cold_start', name: 'Interest e-commerce · cold start', items: [
    absolute('content.videos_published', 7, 'content', 3),
    absolute('content.follower_growth', 300, 'content', 2),
    grow('funnel.orders', 1.5, 'account_manager', 2),
  ] },
  { platform: 'other', stage: 'growth', name: 'Interest e-commerce · growth', items: [
    grow('funnel.ctr', 1.1, 'content', 2),
    grow('funnel.cvr', 1.1, 'ads', 2),
    absolute('ads.roas', 3, 'ads', 2),
  ] },
  { platform: 'other', stage: 'mature', name: 'Interest e-commerce · mature', items: [
    grow('funnel.gmv', 1.05, 'account_manager', 3),
    absolute('funnel.repeat_purchase_rate', 0.2, 'account_manager', 1),
    absolute('funnel.return_rate', 0.06, 'customer_service', 1),
  ] },
];

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = SHIPPED.map((t) => ({ ...t, key: `builtin:${t.platform}.${t.stage}` }));
