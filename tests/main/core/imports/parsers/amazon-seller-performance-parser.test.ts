import { describe, expect, it } from 'vitest';
import { parseSellerPerformanceReport } from '../../../../../src/main/core/imports/parsers/amazon-seller-performance-parser';
import { collectingSink, readFixture, recordOf } from './collecting-sink';

const US = 'ATVPDKIKX0DER';
const JP = 'A1VC38T7YXB528';

function parseFixture(options: Parameters<typeof parseSellerPerformanceReport>[2] = {}) {
  const sink = collectingSink();
  parseSellerPerformanceReport(JSON.parse(readFixture('seller-performance-us-jp.json').toString('utf8')), sink, options);
  return sink;
}

/** A one-marketplace report with just the given metrics. */
function report(metrics: Record<string, unknown>, accountStatuses: unknown[] = []) {
  return { accountStatuses, performanceMetrics: [{ marketplaceId: US, ...metrics }] };
}

const range = { reportingDateFrom: '2026-10-01T00:00Z', reportingDateTo: '2026-10-30T23:59Z' };

describe('parseSellerPerformanceReport', () => {
  it('reads a US and a JP marketplace from one file without issues', () => {
    const { records, issues } = parseFixture();
    expect(issues).toEqual([]);
    expect(new Set(records.map((r) => (r.storeRef && 'marketplaceId' in r.storeRef ? r.storeRef.marketplaceId : null)))).toEqual(new Set([US, JP]));
  });

  it('keeps ODR numerator (orders with defects) and denominator (orders) with the rate, target and status', () => {
    const { records } = parseFixture();
    expect(recordOf(records, 'amazon.odr_mfn', US)).toEqual({
      storeRef: { marketplaceId: US }, metricKey: 'amazon.odr_mfn', value: 0.0085, amountMinor: null, currency: null,
      numerator: 41, denominator: 4820, windowFrom: '2026-09-01', windowTo: '2026-10-30',
      platformTarget: 0.01, platformTargetCondition: 'LESS_THAN', platformStatus: 'GOOD', line: null,
    });
    expect(recordOf(records, 'amazon.odr_afn', US)).toMatchObject({ value: 0.001, numerator: 13, denominator: 12900 });
  });

  it('takes each rate metric’s counts from the fields Amazon names for it', () => {
    const { records } = parseFixture();
    const counts = (key: string, store = US) => {
      const record = recordOf(records, key, store);
      return [record.value, record.numerator, record.denominator];
    };
    expect(counts('amazon.pre_fulfillment_cancel_rate')).toEqual([0.0148, 9, 610]);
    expect(counts('amazon.late_shipment_rate')).toEqual([0.049, 120, 2450]);
    expect(counts('amazon.valid_tracking_rate')).toEqual([0.965, 2316, 2400]);
    expect(counts('amazon.on_time_delivery_rate')).toEqual([0.93, 1023, 1100]);
    expect(counts('amazon.invoice_defect_rate')).toEqual([0.025, 2, 80]);
  });

  it('accepts the alternative spellings prefulfillmentCancelRate, documentRequest and accountHealthRatingStatus', () => {
    const { records } = parseFixture();
    expect(recordOf(records, 'amazon.pre_fulfillment_cancel_rate', JP)).toMatchObject({ value: 0.025, numerator: 3, denominator: 120, platformStatus: 'BAD' });
    expect(recordOf(records, 'amazon.policy.document_requests', JP)).toMatchObject({ value: 4 });
    expect(recordOf(records, 'amazon.ahr_status', JP)).toMatchObject({ value: null, platformStatus: 'WARNED' });
  });

  it('turns listing-level violations into amazon.policy.* counts over their 180-day window', () => {
    const { records } = parseFixture();
    expect(recordOf(records, 'amazon.policy.ip_complaints', US)).toMatchObject({
      value: 2, numerator: null, windowFrom: '2026-05-04', windowTo: '2026-10-30', platformTarget: 0, platformTargetCondition: 'EQUALS', platformStatus: 'BAD',
    });
    expect(recordOf(records, 'amazon.policy.listing_policy_violations', US).value).toBe(0);
    expect(recordOf(records, 'amazon.policy.authenticity_complaints', JP).value).toBe(3);
  });

  it('reports the AHR as a status with no number, because the report carries none', () => {
    const { records } = parseFixture();
    expect(recordOf(records, 'amazon.ahr_status', US)).toMatchObject({ value: null, platformStatus: 'WARNED', windowFrom: '2026-05-04', windowTo: '2026-10-30' });
  });

  it('keeps account status SUSPENDED although Amazon’s enum omits it, dated by the report’s newest day', () => {
    const { records } = parseFixture();
    expect(recordOf(records, 'amazon.account_status', JP)).toMatchObject({ value: null, platformStatus: 'SUSPENDED', windowFrom: '2026-10-30', windowTo: '2026-10-30' });
    expect(recordOf(records, 'amazon.account_status', US).platformStatus).toBe('AT_RISK');
  });

  it('dates account statuses by asOf when the report has no reporting window at all', () => {
    const sink = collectingSink();
    parseSellerPerformanceReport({ accountStatuses: [{ marketplaceId: JP, status: 'DEACTIVATED' }], performanceMetrics: [] }, sink, { asOf: '2026-11-02' });
    expect(sink.records).toEqual([expect.objectContaining({ metricKey: 'amazon.account_status', windowFrom: '2026-11-02', windowTo: '2026-11-02' })]);
  });

  it('asks for an as-of date rather than inventing one when nothing dates a status', () => {
    const sink = collectingSink();
    parseSellerPerformanceReport({ accountStatuses: [{ marketplaceId: JP, status: 'NORMAL' }], performanceMetrics: [] }, sink);
    expect(sink.records).toEqual([]);
    expect(sink.issues).toEqual([expect.objectContaining({ column: 'accountStatuses[0]', value: 'NORMAL' })]);
  });

  it('emits ODR components, unit on-time delivery and warning states only for keys the catalog knows', () => {
    expect(parseFixture().records.map((r) => r.metricKey)).toContain('amazon.unit_on_time_delivery_rate');
    expect(parseFixture().records.map((r) => r.metricKey)).not.toContain('amazon.warning.spamming_seller_messaging');
    const { records } = parseFixture({ isMetricKey: () => true });
    expect(recordOf(records, 'amazon.odr_mfn.claims', JP)).toMatchObject({ value: 5, windowFrom: '2026-09-01' });
    expect(recordOf(records, 'amazon.odr_mfn.negative_feedback', US).value).toBe(26);
    expect(recordOf(records, 'amazon.unit_on_time_delivery_rate', US)).toMatchObject({ value: 0.944, numerator: 1180, denominator: 1250 });
    expect(recordOf(records, 'amazon.warning.spamming_seller_messaging', US)).toMatchObject({ platformStatus: 'BAD', windowTo: '2026-10-30' });
    expect(recordOf(records, 'amazon.warning.suspected_fraud', JP).platformStatus).toBe('BAD');
  });

  it('reports a wrongly typed count with its JSON path and still reads the other metrics', () => {
    const sink = collectingSink();
    parseSellerPerformanceReport(report({
      lateShipmentRate: { reportingDateRange: range, orderCount: '2450', lateShipmentCount: 120, status: 'GOOD', rate: 0.049 },
      validTrackingRate: { reportingDateRange: range, shipmentCount: 10, validTrackingCount: 10, rate: 1 },
    }), sink);
    expect(sink.issues).toEqual([{ line: null, column: 'performanceMetrics[0].lateShipmentRate.orderCount', value: '2450', message: expect.stringContaining('performanceMetrics[0].lateShipmentRate.orderCount is not valid'), code: 'schema_invalid', params: { path: 'performanceMetrics[0].lateShipmentRate.orderCount' } }]);
    expect(sink.records.map((r) => r.metricKey)).toEqual(['amazon.valid_tracking_rate']);
  });

  it('reports a missing rate and a missing reporting date as missing, by path', () => {
    const sink = collectingSink();
    parseSellerPerformanceReport(report({
      lateShipmentRate: { reportingDateRange: { reportingDateFrom: '2026-10-01T00:00Z' }, orderCount: 1, lateShipmentCount: 0 },
    }), sink);
    expect(sink.issues.map((i) => [i.column, i.message])).toEqual([
      ['performanceMetrics[0].lateShipmentRate.reportingDateRange.reportingDateTo', 'performanceMetrics[0].lateShipmentRate.reportingDateRange.reportingDateTo is missing.'],
      ['performanceMetrics[0].lateShipmentRate.rate', 'performanceMetrics[0].lateShipmentRate.rate is missing.'],
    ]);
  });

  it('refuses a reporting window that ends before it starts', () => {
    const sink = collectingSink();
    parseSellerPerformanceReport(report({
      documentRequests: { reportingDateRange: { reportingDateFrom: '2026-11-21T00:00Z', reportingDateTo: '2026-11-19T23:59Z' }, defectsCount: 8 },
    }), sink);
    expect(sink.records).toEqual([]);
    expect(sink.issues).toEqual([expect.objectContaining({ column: 'performanceMetrics[0].documentRequests.reportingDateRange.reportingDateFrom', value: '2026-11-21' })]);
  });

  it('refuses a date that does not exist', () => {
    const sink = collectingSink();
    parseSellerPerformanceReport(report({
      listingPolicyViolations: { reportingDateRange: { reportingDateFrom: '2026-02-30T00:00Z', reportingDateTo: '2026-10-30T23:59Z' }, defectsCount: 0 },
    }), sink);
    expect(sink.issues).toEqual([expect.objectContaining({ column: 'performanceMetrics[0].listingPolicyViolations.reportingDateRange.reportingDateFrom', value: '2026-02-30T00:00Z' })]);
  });

  it('skips a marketplace entry without marketplaceId and says so', () => {
    const sink = collectingSink();
    parseSellerPerformanceReport({ accountStatuses: [], performanceMetrics: [{ lateShipmentRate: {} }] }, sink);
    expect(sink.issues).toEqual([expect.objectContaining({ column: 'performanceMetrics[0].marketplaceId', message: 'performanceMetrics[0].marketplaceId is missing.' })]);
  });

  it('treats an AFN block of null as "no FBA orders", not as an error', () => {
    const sink = collectingSink();
    parseSellerPerformanceReport(report({ orderDefectRate: { afn: null } }), sink);
    expect(sink.issues).toEqual([]);
    expect(sink.records).toEqual([]);
  });

  it('asks for accountStatuses and performanceMetrics when the document lacks them', () => {
    const sink = collectingSink();
    parseSellerPerformanceReport({ accountStatuses: [] }, sink);
    expect(sink.issues.map((i) => i.column)).toEqual(['performanceMetrics']);
  });
});
