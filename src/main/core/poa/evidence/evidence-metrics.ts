import type { PoaCaseType, PoaEvidenceFigure } from '@shared/domain/poa';
import type { Platform } from '@shared/domain/stores';

/** How one metric's snapshot reads as evidence: what its counts count, and what goes beside it. */
export interface EvidenceMetric {
  key: string;
  /** What the snapshot's denominator and numerator count, where the platform reports them. */
  denominator?: PoaEvidenceFigure;
  numerator?: PoaEvidenceFigure;
  /** Counts reported as metrics of their own for the same window (ODR's kinds of defect). */
  components?: readonly { key: string; figure: PoaEvidenceFigure }[];
  /** What the snapshot's value is. */
  value: { figure: 'rate'; unit: 'ratio' } | { figure: 'defects'; unit: 'count' } | { figure: 'score'; unit: 'score' };
}

const rate = { figure: 'rate', unit: 'ratio' } as const;
const defects = { figure: 'defects', unit: 'count' } as const;
const score = { figure: 'score', unit: 'score' } as const;

function orderDefects(channel: 'mfn' | 'afn'): EvidenceMetric {
  const key = `amazon.odr_${channel}`;
  return {
    key,
    denominator: 'orders',
    numerator: 'orders_with_defects',
    // The parser of Amazon's account health report keeps each kind of defect as its own metric.
    components: [
      { key: `${key}.negative_feedback`, figure: 'negative_feedback' },
      { key: `${key}.claims`, figure: 'a_to_z_claims' },
      { key: `${key}.chargebacks`, figure: 'chargebacks' },
    ],
    value: rate,
  };
}

const policy = (name: string): EvidenceMetric => ({ key: `amazon.policy.${name}`, value: defects });

/**
 * The store metrics that speak to each case type, per platform, in the order they are offered.
 * Counts follow the Amazon account health parser: numerator and denominator as the report gives them.
 */
const EVIDENCE_METRICS: Record<PoaCaseType, Partial<Record<Platform, readonly EvidenceMetric[]>>> = {
  odr: { amazon: [orderDefects('mfn'), orderDefects('afn')] },
  late_shipment: {
    amazon: [{ key: 'amazon.late_shipment_rate', denominator: 'orders', numerator: 'late_shipments', value: rate }],
    tiktok_shop: [{ key: 'tiktok.late_dispatch_rate', denominator: 'orders', numerator: 'late_shipments', value: rate }],
  },
  cancellation: {
    amazon: [{ key: 'amazon.pre_fulfillment_cancel_rate', denominator: 'orders', numerator: 'cancellations', value: rate }],
    tiktok_shop: [{ key: 'tiktok.seller_fault_cancellation_rate', denominator: 'orders', numerator: 'cancellations', value: rate }],
  },
  valid_tracking: {
    amazon: [{ key: 'amazon.valid_tracking_rate', denominator: 'shipments', numerator: 'shipments_with_valid_tracking', value: rate }],
    tiktok_shop: [{ key: 'tiktok.valid_tracking_rate', denominator: 'shipments', numerator: 'shipments_with_valid_tracking', value: rate }],
  },
  on_time_delivery: {
    amazon: [{ key: 'amazon.on_time_delivery_rate', denominator: 'shipments_with_tracking', numerator: 'deliveries_on_time', value: rate }],
    tiktok_shop: [{ key: 'tiktok.on_time_delivery_rate', denominator: 'shipments', numerator: 'deliveries_on_time', value: rate }],
  },
  ip_complaint: { amazon: [policy('ip_complaints'), policy('suspected_ip_violations')] },
  authenticity: { amazon: [policy('authenticity_complaints')] },
  condition: { amazon: [policy('condition_complaints')] },
  listing_policy: { amazon: [policy('listing_policy_violations')] },
  restricted_product: { amazon: [policy('restricted_product_violations')] },
  product_safety: { amazon: [policy('safety_complaints'), policy('food_product_safety')] },
  review_manipulation: {},
  related_account: {},
  tiktok_violation: {
    tiktok_shop: [
      { key: 'tiktok.account_health_points', value: score },
      { key: 'tiktok.shop_performance_score', value: score },
    ],
  },
  other: { amazon: [policy('other_violations')] },
};

export function evidenceMetrics(caseType: PoaCaseType, platform: Platform): readonly EvidenceMetric[] {
  return EVIDENCE_METRICS[caseType][platform] ?? [];
}
