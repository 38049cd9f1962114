import { z } from 'zod';
import { isMetricKey } from '../../../../shared/metrics/metric-catalog';
import type { ImportSink, ParsedRecord } from '../import-sink';
import { jsonPath, reportZodIssues } from './amazon-report-json';
import {
  POLICY_METRICS,
  RATE_METRICS,
  accountHealthRatingSchema,
  accountStatusSchema,
  listingViolationSchema,
  warningStateSchema,
} from './amazon-seller-performance-schema';

export interface SellerPerformanceOptions {
  /** Date (YYYY-MM-DD) for account statuses when the report carries no reporting window at all. */
  asOf?: string;
  /**
   * Which keys may be emitted beyond the ones this parser always produces: ODR and invoice
   * defect components, unit on-time delivery, warning states. The catalog by default, so they
   * start flowing as soon as the catalog defines them.
   */
  isMetricKey?: (key: string) => boolean;
}

const documentSchema = z.object({ accountStatuses: z.array(z.unknown()), performanceMetrics: z.array(z.unknown()) });
const marketplaceSchema = z.object({ marketplaceId: z.string().min(1) }).catchall(z.unknown());

type StoreRef = ParsedRecord['storeRef'];
const EMPTY: Omit<ParsedRecord, 'storeRef' | 'metricKey' | 'windowFrom' | 'windowTo'> = {
  value: null, amountMinor: null, currency: null, numerator: null, denominator: null,
  platformTarget: null, platformTargetCondition: null, platformStatus: null, line: null,
};

/**
 * GET_V2_SELLER_PERFORMANCE_REPORT (already parsed JSON) to records, one marketplace after the
 * other: the rate metrics with their numerators, denominators, targets and statuses; policy
 * defect counts; the Account Health Rating status (`amazon.ahr_status`); and each marketplace's
 * account status (`amazon.account_status`, dated by the report's latest reporting day, or
 * `asOf` when the report has none). A bad metric is reported with its JSON path and skipped;
 * the rest of the file still yields its records.
 */
export function parseSellerPerformanceReport(document: unknown, sink: ImportSink, options: SellerPerformanceOptions = {}): void {
  const known = options.isMetricKey ?? isMetricKey;
  const parsed = documentSchema.safeParse(document);
  if (!parsed.success) {
    reportZodIssues(sink, '', parsed.error, document);
    return;
  }
  let latestDay: string | null = null;
  const emit = (record: ParsedRecord) => {
    if (latestDay === null || record.windowTo > latestDay) latestDay = record.windowTo;
    sink.record(record);
  };
  const undated: Array<{ path: string; record: Omit<ParsedRecord, 'windowFrom' | 'windowTo'> }> = [];

  parsed.data.performanceMetrics.forEach((entry, index) => {
    const path = `performanceMetrics[${index}]`;
    const marketplace = marketplaceSchema.safeParse(entry);
    if (!marketplace.success) {
      reportZodIssues(sink, path, marketplace.error, entry);
      return;
    }
    const metrics = marketplace.data;
    const storeRef = { marketplaceId: metrics.marketplaceId };
    readRateMetrics(metrics, path, storeRef, sink, emit, known);
    readPolicyMetrics(metrics, path, storeRef, sink, emit);
    readAccountHealthRating(metrics, path, storeRef, sink, emit);
    const warnings = firstPresent(metrics, ['warningStates', 'warningState']);
    if (warnings) {
      const states = warningStateSchema.safeParse(warnings.value);
      if (!states.success) reportZodIssues(sink, `${path}.${warnings.field}`, states.error, warnings.value);
      for (const state of states.data ?? []) {
        const metricKey = `amazon.warning.${snakeCase(state.warningType)}`;
        if (known(metricKey)) undated.push({ path: `${path}.${warnings.field}`, record: { ...EMPTY, storeRef, metricKey, platformStatus: state.status } });
      }
    }
  });

  parsed.data.accountStatuses.forEach((entry, index) => {
    const status = accountStatusSchema.safeParse(entry);
    if (!status.success) {
      reportZodIssues(sink, `accountStatuses[${index}]`, status.error, entry);
      return;
    }
    const storeRef = { marketplaceId: status.data.marketplaceId };
    undated.push({ path: `accountStatuses[${index}]`, record: { ...EMPTY, storeRef, metricKey: 'amazon.account_status', platformStatus: status.data.status } });
  });

  // Statuses have no window of their own: they hold as of the newest day the report covers.
  const asOf: string | null = latestDay ?? options.asOf ?? null;
  for (const { path, record } of undated) {
    if (asOf === null) {
      sink.issue({
        line: null,
        column: path,
        value: record.platformStatus,
        message: `${path}: the report has no reporting dates, so this status cannot be dated; import it with an "as of" date.`,
        code: 'undated_status',
        params: { path },
      });
    } else {
      sink.record({ ...record, windowFrom: asOf, windowTo: asOf });
    }
  }
}

type Emit = (record: ParsedRecord) => void;
type Metrics = Record<string, unknown>;

function readRateMetrics(metrics: Metrics, path: string, storeRef: StoreRef, sink: ImportSink, emit: Emit, known: (key: string) => boolean): void {
  for (const spec of RATE_METRICS) {
    const found = firstPresent(metrics, spec.fields);
    if (!found) continue;
    const fieldPath = `${path}.${found.field}${spec.child ? `.${spec.child}` : ''}`;
    if (spec.child !== undefined && typeof found.value !== 'object') {
      const objectPath = `${path}.${found.field}`;
      sink.issue({ line: null, column: fieldPath, value: JSON.stringify(found.value), message: `${objectPath} should be an object with mfn and afn.`, code: 'expected_mfn_afn', params: { path: objectPath } });
      continue;
    }
    const value = spec.child === undefined ? found.value : childOf(found.value, spec.child);
    // An absent metric (no FBA orders, no business invoices) is simply not reported.
    if (value === undefined || value === null) continue;
    const figures = spec.schema.safeParse(value);
    if (!figures.success) {
      reportZodIssues(sink, fieldPath, figures.error, value);
      continue;
    }
    const { data } = figures;
    const window = windowOf(data.reportingDateRange, fieldPath, sink);
    if (!window) continue;
    const judged = { platformTarget: data.targetValue ?? null, platformTargetCondition: data.targetCondition ?? null, platformStatus: data.status ?? null };
    if (known(spec.key)) emit({ ...EMPTY, storeRef, metricKey: spec.key, ...window, ...judged, value: data.rate, numerator: data.numerator, denominator: data.denominator });
    for (const [metricKey, count] of Object.entries(data.components)) {
      if (count !== undefined && known(metricKey)) emit({ ...EMPTY, storeRef, metricKey, ...window, value: count });
    }
  }
}

function readPolicyMetrics(metrics: Metrics, path: string, storeRef: StoreRef, sink: ImportSink, emit: Emit): void {
  for (const spec of POLICY_METRICS) {
    const found = firstPresent(metrics, spec.fields);
    if (!found) continue;
    const fieldPath = `${path}.${found.field}`;
    const violation = listingViolationSchema.safeParse(found.value);
    if (!violation.success) {
      reportZodIssues(sink, fieldPath, violation.error, found.value);
      continue;
    }
    const { data } = violation;
    const window = windowOf(data.reportingDateRange, fieldPath, sink);
    if (!window) continue;
    emit({
      ...EMPTY, storeRef, metricKey: spec.key, ...window, value: data.defectsCount,
      platformTarget: data.targetValue ?? null, platformTargetCondition: data.targetCondition ?? null, platformStatus: data.status ?? null,
    });
  }
}

function readAccountHealthRating(metrics: Metrics, path: string, storeRef: StoreRef, sink: ImportSink, emit: Emit): void {
  const value = metrics.accountHealthRating;
  if (value === undefined) return;
  const fieldPath = `${path}.accountHealthRating`;
  const rating = accountHealthRatingSchema.safeParse(value);
  if (!rating.success) {
    reportZodIssues(sink, fieldPath, rating.error, value);
    return;
  }
  // The schema's properties say accountHealthRatingStatus, its required list and examples say ahrStatus.
  const status = rating.data.ahrStatus ?? rating.data.accountHealthRatingStatus;
  if (status === undefined) {
    const statusPath = `${fieldPath}.ahrStatus`;
    sink.issue({ line: null, column: statusPath, value: null, message: `${statusPath} is missing (accountHealthRatingStatus is missing too).`, code: 'schema_missing', params: { path: statusPath } });
    return;
  }
  const window = windowOf(rating.data.reportingDateRange, fieldPath, sink);
  if (window) emit({ ...EMPTY, storeRef, metricKey: 'amazon.ahr_status', ...window, platformStatus: status });
}

function windowOf(range: { reportingDateFrom: string; reportingDateTo: string }, path: string, sink: ImportSink): { windowFrom: string; windowTo: string } | null {
  if (range.reportingDateFrom <= range.reportingDateTo) return { windowFrom: range.reportingDateFrom, windowTo: range.reportingDateTo };
  const column = jsonPath(path, ['reportingDateRange', 'reportingDateFrom']);
  sink.issue({
    line: null,
    column,
    value: range.reportingDateFrom,
    message: `${column} (${range.reportingDateFrom}) is after reportingDateTo (${range.reportingDateTo}).`,
    code: 'window_reversed',
    params: { path: column, from: range.reportingDateFrom, to: range.reportingDateTo },
  });
  return null;
}

function firstPresent(object: Metrics, fields: readonly string[]): { field: string; value: unknown } | null {
  for (const field of fields) if (object[field] !== undefined && object[field] !== null) return { field, value: object[field] };
  return null;
}

function childOf(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function snakeCase(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toLowerCase();
}
