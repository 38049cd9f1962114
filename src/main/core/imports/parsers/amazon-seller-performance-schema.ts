import { z } from 'zod';
import { amazonDate, count } from './amazon-report-json';

/**
 * The parts of GET_V2_SELLER_PERFORMANCE_REPORT (schema accountHealthReport-2020-11-18) that
 * Storefleet keeps. Only the fields a record needs are required; unknown fields are ignored, so
 * additions on Amazon's side do not break imports. Status words are free text: Amazon has shipped
 * values its own enums omit (account status SUSPENDED).
 */
export const reportingDateRangeSchema = z.object({ reportingDateFrom: amazonDate, reportingDateTo: amazonDate });

const judged = {
  reportingDateRange: reportingDateRangeSchema,
  status: z.string().nullish(),
  targetValue: z.number().nullish(),
  targetCondition: z.string().nullish(),
};
const rated = { ...judged, rate: z.number().nonnegative() };
const counted = z.object({ count });

/** What every rate metric yields once read. */
export interface RateFigures {
  reportingDateRange: { reportingDateFrom: string; reportingDateTo: string };
  status?: string | null;
  targetValue?: number | null;
  targetCondition?: string | null;
  rate: number;
  numerator: number;
  denominator: number;
  /** Further counts worth keeping as records of their own once the catalog has keys for them. */
  components: Record<string, number | undefined>;
}

/** A rate metric: where Amazon puts it, its catalog key, and the schema that reads it into figures. */
export interface RateMetricSpec {
  /** Spellings of the field, preferred first (Amazon's files and schema disagree). */
  fields: readonly string[];
  /** Below orderDefectRate: 'mfn' or 'afn'. */
  child?: string;
  key: string;
  schema: z.ZodType<RateFigures>;
}

type Rated = z.infer<z.ZodObject<typeof rated>>;

function rateMetric<M extends Rated>(spec: {
  fields: readonly string[];
  child?: string;
  key: string;
  schema: z.ZodType<M>;
  counts: (metric: M) => { numerator: number; denominator: number };
  components?: (metric: M) => Record<string, number | undefined>;
}): RateMetricSpec {
  const { counts, components } = spec;
  return {
    fields: spec.fields,
    key: spec.key,
    ...(spec.child ? { child: spec.child } : {}),
    schema: spec.schema.transform((metric) => ({ ...metric, ...counts(metric), components: components?.(metric) ?? {} })),
  };
}

const orderDefectRate = z.object({
  ...rated,
  orderCount: count,
  orderWithDefects: counted,
  claims: counted.optional(),
  chargebacks: counted.optional(),
  negativeFeedback: counted.optional(),
});

function orderDefectMetric(channel: 'mfn' | 'afn'): RateMetricSpec {
  return rateMetric({
    fields: ['orderDefectRate'],
    child: channel,
    key: `amazon.odr_${channel}`,
    schema: orderDefectRate,
    counts: (m) => ({ numerator: m.orderWithDefects.count, denominator: m.orderCount }),
    // Each defect kind is separate evidence in a plan of action.
    components: (m) => ({
      [`amazon.odr_${channel}.negative_feedback`]: m.negativeFeedback?.count,
      [`amazon.odr_${channel}.claims`]: m.claims?.count,
      [`amazon.odr_${channel}.chargebacks`]: m.chargebacks?.count,
    }),
  });
}

export const RATE_METRICS: readonly RateMetricSpec[] = [
  orderDefectMetric('mfn'),
  orderDefectMetric('afn'),
  rateMetric({
    fields: ['preFulfillmentCancellationRate', 'prefulfillmentCancelRate'],
    key: 'amazon.pre_fulfillment_cancel_rate',
    schema: z.object({ ...rated, orderCount: count, cancellationCount: count }),
    counts: (m) => ({ numerator: m.cancellationCount, denominator: m.orderCount }),
  }),
  rateMetric({
    fields: ['lateShipmentRate'],
    key: 'amazon.late_shipment_rate',
    schema: z.object({ ...rated, orderCount: count, lateShipmentCount: count }),
    counts: (m) => ({ numerator: m.lateShipmentCount, denominator: m.orderCount }),
  }),
  rateMetric({
    fields: ['validTrackingRate'],
    key: 'amazon.valid_tracking_rate',
    schema: z.object({ ...rated, shipmentCount: count, validTrackingCount: count }),
    counts: (m) => ({ numerator: m.validTrackingCount, denominator: m.shipmentCount }),
  }),
  rateMetric({
    fields: ['onTimeDeliveryRate'],
    key: 'amazon.on_time_delivery_rate',
    schema: z.object({ ...rated, shipmentCountWithValidTracking: count, onTimeDeliveryCount: count }),
    counts: (m) => ({ numerator: m.onTimeDeliveryCount, denominator: m.shipmentCountWithValidTracking }),
  }),
  rateMetric({
    fields: ['unitOnTimeDeliveryRate'],
    key: 'amazon.unit_on_time_delivery_rate',
    schema: z.object({ ...rated, unitOnTimeDeliveryCount: count, totalUnitCount: count }),
    counts: (m) => ({ numerator: m.unitOnTimeDeliveryCount, denominator: m.totalUnitCount }),
  }),
  rateMetric({
    fields: ['invoiceDefectRate'],
    key: 'amazon.invoice_defect_rate',
    schema: z.object({ ...rated, orderCount: count, invoiceDefect: counted, missingInvoice: counted.optional(), lateInvoice: counted.optional() }),
    counts: (m) => ({ numerator: m.invoiceDefect.count, denominator: m.orderCount }),
    components: (m) => ({ 'amazon.invoice_defect_rate.missing': m.missingInvoice?.count, 'amazon.invoice_defect_rate.late': m.lateInvoice?.count }),
  }),
];

/** Listing-level violations: a count of defects in the window, target zero. */
export const listingViolationSchema = z.object({ ...judged, defectsCount: count });

export const POLICY_METRICS: ReadonlyArray<{ fields: readonly string[]; key: string }> = [
  { fields: ['receivedIntellectualPropertyComplaints'], key: 'amazon.policy.ip_complaints' },
  { fields: ['suspectedIntellectualPropertyViolations'], key: 'amazon.policy.suspected_ip_violations' },
  { fields: ['productAuthenticityCustomerComplaints'], key: 'amazon.policy.authenticity_complaints' },
  { fields: ['productConditionCustomerComplaints'], key: 'amazon.policy.condition_complaints' },
  { fields: ['productSafetyCustomerComplaints'], key: 'amazon.policy.safety_complaints' },
  { fields: ['listingPolicyViolations'], key: 'amazon.policy.listing_policy_violations' },
  { fields: ['restrictedProductPolicyViolations'], key: 'amazon.policy.restricted_product_violations' },
  { fields: ['foodAndProductSafetyIssues'], key: 'amazon.policy.food_product_safety' },
  { fields: ['otherPolicyViolations'], key: 'amazon.policy.other_violations' },
  { fields: ['documentRequests', 'documentRequest'], key: 'amazon.policy.document_requests' },
];

export const accountHealthRatingSchema = z.object({
  reportingDateRange: reportingDateRangeSchema,
  ahrStatus: z.string().min(1).optional(),
  accountHealthRatingStatus: z.string().min(1).optional(),
});

export const warningStateSchema = z.array(z.object({ warningType: z.string().min(1), status: z.string().min(1) }));

export const accountStatusSchema = z.object({ marketplaceId: z.string().min(1), status: z.string().min(1) });
