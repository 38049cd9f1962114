/**
 * What a parser produces, one record at a time, so a million-row file never sits in memory as
 * objects. The import service validates each record against the store and catalog, and decides
 * (all-or-nothing, or skip invalid rows) once the whole file has been read.
 */
export interface ParsedRecord {
  /** How the source names the record's store: an Amazon marketplace id, a store column value, or nothing (the user picks). */
  storeRef: { marketplaceId: string } | { column: string } | null;
  metricKey: string;
  /** Ratios as fractions (0.0085), counts, scores; null for money metrics. */
  value: number | null;
  /** Money in integer minor units of `currency` (cents, yen). */
  amountMinor: number | null;
  currency: string | null;
  numerator: number | null;
  denominator: number | null;
  /** Reporting window, YYYY-MM-DD, inclusive. */
  windowFrom: string;
  windowTo: string;
  platformTarget: number | null;
  platformTargetCondition: string | null;
  platformStatus: string | null;
  /** 1-based line (tabular) or null; used in messages and traces. */
  line: number | null;
}

/** The variable parts of an issue (line, value, metric, …) for the UI to put into its own sentence. */
export type IssueParams = Record<string, string | number>;

export interface ParseIssue {
  line: number | null;
  /** Column header or JSON path, e.g. "value" or "performanceMetrics[0].lateShipmentRate.rate". */
  column: string | null;
  value: string | null;
  /** English, for the CLI, logs and as the fallback when the UI has no translation for `code`. */
  message: string;
  /** Stable machine code (e.g. "not_a_number"); the UI translates it as `importIssues.<code>` with `params`. */
  code?: string;
  params?: IssueParams;
}

export interface ImportSink {
  record(record: ParsedRecord): void;
  issue(issue: ParseIssue): void;
}
