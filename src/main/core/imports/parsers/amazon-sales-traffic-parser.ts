import { z } from 'zod';
import type { ImportSink, ParsedRecord } from '../import-sink';
import { amazonDate, count, reportZodIssues } from './amazon-report-json';
import { isKnownCurrency, percentToFraction, toMinorUnits } from './convert-units';

const specificationSchema = z.object({
  marketplaceIds: z.array(z.string()).optional(),
  reportOptions: z.object({ dateGranularity: z.enum(['DAY', 'WEEK', 'MONTH']).optional() }).optional(),
  dataEndTime: amazonDate.optional(),
});
const documentSchema = z.object({ reportSpecification: specificationSchema.optional(), salesAndTrafficByDate: z.array(z.unknown()) });
const dayHeaderSchema = z.object({ date: amazonDate });
const amountSchema = z.object({ amount: z.number().nonnegative(), currencyCode: z.string().min(1) });
/** Amazon writes these as percent numbers (95.5 for 95.5 %); Storefleet keeps fractions. */
const percentSchema = z.number().nonnegative();

type Group = 'salesByDate' | 'trafficByDate';
interface DailyField {
  group: Group;
  field: string;
  key: string;
  kind: 'money' | 'count' | 'percent';
  optional?: true;
  /** Counts in the same group that make up the rate, where Amazon's own example data confirms them. */
  ratio?: { numerator: string; denominator: string };
}

/**
 * Field names from sellerSalesAndTrafficReport.json. Unit session % and negative feedback rate
 * keep no numerator or denominator: Amazon's descriptions and example figures disagree on
 * what they divide (sessions vs. page views, orders vs. feedback received).
 */
const DAILY_FIELDS: readonly DailyField[] = [
  { group: 'salesByDate', field: 'orderedProductSales', key: 'amazon.ordered_product_sales', kind: 'money' },
  { group: 'salesByDate', field: 'unitsOrdered', key: 'amazon.units_ordered', kind: 'count' },
  { group: 'salesByDate', field: 'totalOrderItems', key: 'amazon.total_order_items', kind: 'count' },
  // Amazon's description says unitsOrdered ÷ unitsRefunded, its example (1 of 23 → 4.35) the reverse.
  { group: 'salesByDate', field: 'refundRate', key: 'amazon.refund_rate', kind: 'percent', ratio: { numerator: 'unitsRefunded', denominator: 'unitsOrdered' } },
  { group: 'trafficByDate', field: 'sessions', key: 'amazon.sessions', kind: 'count' },
  { group: 'trafficByDate', field: 'pageViews', key: 'amazon.page_views', kind: 'count' },
  { group: 'trafficByDate', field: 'buyBoxPercentage', key: 'amazon.buy_box_percentage', kind: 'percent' },
  { group: 'trafficByDate', field: 'unitSessionPercentage', key: 'amazon.unit_session_percentage', kind: 'percent' },
  { group: 'trafficByDate', field: 'receivedNegativeFeedbackRate', key: 'amazon.negative_feedback_rate', kind: 'percent', optional: true },
];

/**
 * GET_SALES_AND_TRAFFIC_REPORT (already parsed JSON) to one record per metric and period of
 * `salesAndTrafficByDate`. The store is the report's marketplace when it names exactly one,
 * otherwise left for the user to pick. Per-ASIN rows are not store metrics and are ignored. A
 * bad field is reported with its JSON path and loses only that record.
 */
export function parseSalesAndTrafficReport(document: unknown, sink: ImportSink): void {
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) {
    reportZodIssues(sink, '', parsed.error, document);
    return;
  }
  const specification = parsed.data.reportSpecification;
  const marketplaceIds = specification?.marketplaceIds ?? [];
  const storeRef = marketplaceIds.length === 1 && marketplaceIds[0] ? { marketplaceId: marketplaceIds[0] } : null;
  const granularity = specification?.reportOptions?.dateGranularity ?? 'DAY';

  parsed.data.salesAndTrafficByDate.forEach((entry, index) => {
    const path = `salesAndTrafficByDate[${index}]`;
    const header = dayHeaderSchema.safeParse(entry);
    if (!header.success) {
      reportZodIssues(sink, path, header.error, entry);
      return;
    }
    const windowFrom = header.data.date;
    const windowTo = periodEnd(windowFrom, granularity, specification?.dataEndTime);
    const groups = readGroups(entry as Record<string, unknown>, path, sink);
    for (const field of DAILY_FIELDS) {
      const group = groups[field.group];
      if (!group) continue;
      const record = readField(field, group, `${path}.${field.group}`, sink);
      if (record) sink.record({ storeRef, windowFrom, windowTo, line: null, platformTarget: null, platformTargetCondition: null, platformStatus: null, ...record });
    }
  });
}

type Figures = Pick<ParsedRecord, 'metricKey' | 'value' | 'amountMinor' | 'currency' | 'numerator' | 'denominator'>;

function readField(field: DailyField, group: Record<string, unknown>, groupPath: string, sink: ImportSink): Figures | null {
  const raw = group[field.field];
  const path = `${groupPath}.${field.field}`;
  if (raw === undefined || raw === null) {
    if (!field.optional) sink.issue({ line: null, column: path, value: null, message: `${path} is missing.`, code: 'schema_missing', params: { path } });
    return null;
  }
  const base: Figures = { metricKey: field.key, value: null, amountMinor: null, currency: null, numerator: null, denominator: null };
  if (field.kind === 'money') {
    const money = amountSchema.safeParse(raw);
    if (!money.success) {
      reportZodIssues(sink, path, money.error, raw);
      return null;
    }
    const currency = money.data.currencyCode.toUpperCase();
    if (!isKnownCurrency(currency)) {
      sink.issue({
        line: null,
        column: `${path}.currencyCode`,
        value: currency,
        message: `${path}.currencyCode "${currency}" is not an ISO 4217 currency.`,
        code: 'unknown_currency',
        params: { path: `${path}.currencyCode`, currency },
      });
      return null;
    }
    const amountMinor = toMinorUnits(money.data.amount, currency);
    if (amountMinor === null) {
      sink.issue({
        line: null,
        column: `${path}.amount`,
        value: String(money.data.amount),
        message: `${path}.amount has more decimals than ${currency} has minor units.`,
        code: 'too_many_decimals',
        params: { path: `${path}.amount`, value: money.data.amount, currency },
      });
      return null;
    }
    return { ...base, amountMinor, currency };
  }
  const number = (field.kind === 'count' ? count : percentSchema).safeParse(raw);
  if (!number.success) {
    reportZodIssues(sink, path, number.error, raw);
    return null;
  }
  if (field.kind === 'count') return { ...base, value: number.data };
  const numerator = field.ratio ? count.safeParse(group[field.ratio.numerator]) : null;
  const denominator = field.ratio ? count.safeParse(group[field.ratio.denominator]) : null;
  const hasCounts = numerator?.success && denominator?.success;
  return { ...base, value: percentToFraction(number.data), numerator: hasCounts ? numerator.data : null, denominator: hasCounts ? denominator.data : null };
}

function readGroups(entry: Record<string, unknown>, path: string, sink: ImportSink): Partial<Record<Group, Record<string, unknown>>> {
  const groups: Partial<Record<Group, Record<string, unknown>>> = {};
  for (const name of ['salesByDate', 'trafficByDate'] as const) {
    const group = entry[name];
    if (group !== null && typeof group === 'object' && !Array.isArray(group)) groups[name] = group as Record<string, unknown>;
    else {
      sink.issue({
        line: null,
        column: `${path}.${name}`,
        value: group === undefined ? null : JSON.stringify(group),
        message: `${path}.${name} is missing or not an object.`,
        code: 'expected_object',
        params: { path: `${path}.${name}` },
      });
    }
  }
  return groups;
}

/** `date` is the first day of the period; a week or month ends six days or a month later, or with the report. */
function periodEnd(date: string, granularity: 'DAY' | 'WEEK' | 'MONTH', dataEnd: string | undefined): string {
  if (granularity === 'DAY') return date;
  const start = new Date(`${date}T00:00:00Z`);
  const end = granularity === 'WEEK'
    ? new Date(start.getTime() + 6 * 86_400_000)
    : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  const endDay = end.toISOString().slice(0, 10);
  return dataEnd !== undefined && dataEnd >= date && dataEnd < endDay ? dataEnd : endDay;
}
