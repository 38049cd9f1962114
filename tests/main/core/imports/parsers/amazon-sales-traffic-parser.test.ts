import { describe, expect, it } from 'vitest';
import { parseSalesAndTrafficReport } from '../../../../../src/main/core/imports/parsers/amazon-sales-traffic-parser';
import { collectingSink, readFixture, recordOf } from './collecting-sink';

function parseFixture() {
  const sink = collectingSink();
  parseSalesAndTrafficReport(JSON.parse(readFixture('sales-traffic-us.json').toString('utf8')), sink);
  return sink;
}

const day = (date: string) => parseFixture().records.filter((r) => r.windowFrom === date);

function oneDay(salesByDate: Record<string, unknown>, trafficByDate: Record<string, unknown>, specification: Record<string, unknown> = { marketplaceIds: ['A1VC38T7YXB528'] }) {
  const sink = collectingSink();
  parseSalesAndTrafficReport({ reportSpecification: specification, salesAndTrafficByDate: [{ date: '2026-10-05', salesByDate, trafficByDate }] }, sink);
  return sink;
}

const completeSales = { orderedProductSales: { amount: 12000, currencyCode: 'JPY' }, unitsOrdered: 10, totalOrderItems: 9, refundRate: 0 };
const completeTraffic = { sessions: 300, pageViews: 500, buyBoxPercentage: 90, unitSessionPercentage: 3.33 };

describe('parseSalesAndTrafficReport', () => {
  it('turns each day into the eight daily metrics (nine with negative feedback) for the report’s one marketplace', () => {
    const { records, issues } = parseFixture();
    expect(issues).toEqual([]);
    expect(day('2026-10-29').map((r) => r.metricKey).sort()).toEqual([
      'amazon.buy_box_percentage', 'amazon.negative_feedback_rate', 'amazon.ordered_product_sales', 'amazon.page_views',
      'amazon.refund_rate', 'amazon.sessions', 'amazon.total_order_items', 'amazon.unit_session_percentage', 'amazon.units_ordered',
    ]);
    expect(day('2026-10-30')).toHaveLength(8);
    expect(records.every((r) => r.windowFrom === r.windowTo && JSON.stringify(r.storeRef) === '{"marketplaceId":"ATVPDKIKX0DER"}')).toBe(true);
  });

  it('stores ordered product sales as integer minor units with the currency (1234.5 USD → 123450)', () => {
    const sales = recordOf(day('2026-10-29'), 'amazon.ordered_product_sales');
    expect(sales).toMatchObject({ value: null, amountMinor: 123450, currency: 'USD' });
    expect(recordOf(day('2026-10-30'), 'amazon.ordered_product_sales').amountMinor).toBe(29);
  });

  it('turns Amazon’s percent numbers into fractions (95.5 → 0.955)', () => {
    const records = day('2026-10-29');
    expect(recordOf(records, 'amazon.buy_box_percentage').value).toBe(0.955);
    expect(recordOf(records, 'amazon.unit_session_percentage').value).toBe(0.0329);
    expect(recordOf(records, 'amazon.negative_feedback_rate').value).toBe(0.05);
    expect(recordOf(day('2026-10-30'), 'amazon.buy_box_percentage').value).toBe(1);
  });

  it('keeps units refunded over units ordered behind the refund rate', () => {
    expect(recordOf(day('2026-10-29'), 'amazon.refund_rate')).toMatchObject({ value: 0.0435, numerator: 4, denominator: 92 });
  });

  it('keeps counts as plain numbers', () => {
    const records = day('2026-10-29');
    expect([recordOf(records, 'amazon.units_ordered').value, recordOf(records, 'amazon.total_order_items').value]).toEqual([92, 88]);
    expect([recordOf(records, 'amazon.sessions').value, recordOf(records, 'amazon.page_views').value]).toEqual([2800, 4000]);
  });

  it('keeps yen without a minor unit (12000 JPY → 12000)', () => {
    expect(recordOf(oneDay(completeSales, completeTraffic).records, 'amazon.ordered_product_sales')).toMatchObject({ amountMinor: 12000, currency: 'JPY' });
  });

  it('refuses a yen amount with decimals, which means the currency is wrong', () => {
    const { issues } = oneDay({ ...completeSales, orderedProductSales: { amount: 12000.5, currencyCode: 'JPY' } }, completeTraffic);
    expect(issues).toEqual([expect.objectContaining({ column: 'salesAndTrafficByDate[0].salesByDate.orderedProductSales.amount', value: '12000.5' })]);
  });

  it('leaves the store to the user when the report covers several marketplaces', () => {
    const { records } = oneDay(completeSales, completeTraffic, { marketplaceIds: ['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2'] });
    expect(records.every((r) => r.storeRef === null)).toBe(true);
  });

  it('spans a weekly row over its seven days, cut at the report’s end', () => {
    expect(oneDay(completeSales, completeTraffic, { reportOptions: { dateGranularity: 'WEEK' } }).records[0]).toMatchObject({ windowFrom: '2026-10-05', windowTo: '2026-10-11' });
    const cut = oneDay(completeSales, completeTraffic, { reportOptions: { dateGranularity: 'MONTH' }, dataEndTime: '2026-10-20' });
    expect(cut.records[0]).toMatchObject({ windowFrom: '2026-10-05', windowTo: '2026-10-20' });
  });

  it('reports a missing or mistyped field by path and keeps the rest of the day', () => {
    const { records, issues } = oneDay({ ...completeSales, unitsOrdered: undefined }, { ...completeTraffic, sessions: 'many' });
    expect(issues.map((i) => i.column)).toEqual(['salesAndTrafficByDate[0].salesByDate.unitsOrdered', 'salesAndTrafficByDate[0].trafficByDate.sessions']);
    expect(issues[0]?.message).toBe('salesAndTrafficByDate[0].salesByDate.unitsOrdered is missing.');
    expect(records).toHaveLength(6);
  });

  it('reports an unknown currency code', () => {
    const { issues } = oneDay({ ...completeSales, orderedProductSales: { amount: 1, currencyCode: 'XYZ' } }, completeTraffic);
    expect(issues).toEqual([expect.objectContaining({ column: 'salesAndTrafficByDate[0].salesByDate.orderedProductSales.currencyCode', value: 'XYZ' })]);
  });

  it('reports a day without a valid date and yields nothing for it', () => {
    const sink = collectingSink();
    parseSalesAndTrafficReport({ salesAndTrafficByDate: [{ date: '2026-13-01', salesByDate: completeSales, trafficByDate: completeTraffic }] }, sink);
    expect(sink.records).toEqual([]);
    expect(sink.issues).toEqual([expect.objectContaining({ column: 'salesAndTrafficByDate[0].date', value: '2026-13-01' })]);
  });

  it('ignores per-ASIN rows, even malformed ones', () => {
    const sink = collectingSink();
    parseSalesAndTrafficReport({ salesAndTrafficByDate: [], salesAndTrafficByAsin: [{ parentAsin: 42 }] }, sink);
    expect(sink.issues).toEqual([]);
    expect(sink.records).toEqual([]);
  });
});
