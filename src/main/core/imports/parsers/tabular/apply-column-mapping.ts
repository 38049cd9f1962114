import { dailyCountsKey, dailyCountsMetric } from '../../../../../shared/metrics/daily-counts';
import { findMetric } from '../../../../../shared/metrics/metric-catalog';
import type { MetricDefinition } from '../../../../../shared/metrics/metric-definition';
import type { ImportSink, IssueParams, ParsedRecord, ParseIssue } from '../../import-sink';
import { normalizeHeader, type ColumnMapping } from './column-mapping';
import type { RowHandler } from './parse-delimited';
import { parseLocalizedDate, type LocalizedDate } from './parse-localized-date';
import { readDailyCounts, type DailyCountsProblem } from './read-daily-counts';
import { readCountCell, readMetricCell } from './read-metric-cell';

/** A column of the file: where it is and its header as the file writes it (used in messages). */
interface Column {
  position: number;
  name: string;
}

const DATE_CACHE_SIZE = 10_000;

type DailyCountsColumns = Record<DailyCountsProblem['field'], string>;

interface RowContext {
  store: string;
  windowFrom: string;
  windowTo: string;
}

/**
 * Checks `header` against `mapping` and returns the handler that turns each following row into
 * records on `sink`; or reports each missing column as an issue on the header line and
 * returns null. Every bad cell becomes an issue naming its line and column header; a row whose
 * store or date is unusable yields no records, a bad metric cell only loses that cell.
 */
export function applyMapping(mapping: ColumnMapping, header: readonly string[], sink: ImportSink, headerLine = 1): RowHandler | null {
  const byName = new Map<string, Column>();
  header.forEach((name, position) => {
    if (!byName.has(normalizeHeader(name))) byName.set(normalizeHeader(name), { position, name: name.trim() });
  });
  const find = (name: string | undefined) => (name === undefined ? undefined : byName.get(normalizeHeader(name)));
  /** What the header lacks, each already quoted for the message. */
  const missing: ParseIssue[] = [];
  const headerIssue = (what: string, code: string, params: IssueParams): ParseIssue => ({
    line: headerLine,
    column: null,
    value: header.join(', '),
    message: `The header on line ${headerLine} ${what}; choose a column mapping that fits this file.`,
    code,
    params: { line: headerLine, ...params },
  });
  const missingColumn = (name: string) => headerIssue(`has no column "${name}"`, 'missing_column', { column: name });
  const need = (name: string) => {
    const column = find(name);
    if (!column) missing.push(missingColumn(name));
    return column;
  };

  const store = need(mapping.columns.store);
  const { date: dateName, from: fromName, to: toName } = mapping.columns;
  const date = find(dateName);
  const from = find(fromName);
  const to = find(toName);
  if (!date && !(from && to)) {
    if (dateName && fromName && toName) {
      missing.push(headerIssue(`has neither a column "${dateName}" nor the columns "${fromName}" and "${toName}"`, 'missing_window_columns', { date: dateName, from: fromName, to: toName }));
    } else if (dateName) {
      missing.push(missingColumn(dateName));
    } else {
      for (const name of [fromName, toName]) if (name !== undefined && !find(name)) missing.push(missingColumn(name));
    }
  }
  const currency = find(mapping.columns.currency);
  const options = { dateOrder: mapping.options?.dateOrder ?? 'mdy', decimal: mapping.options?.decimal ?? 'auto' } as const;
  // Exports repeat the same few dates on every row; parsing each once keeps million-row files fast.
  const dates = new Map<string, LocalizedDate>();

  let handleMetrics: (fields: string[], line: number, context: RowContext) => void;
  if (mapping.kind === 'long') {
    const metric = need(mapping.columns.metric);
    const value = need(mapping.columns.value);
    const numerator = find(mapping.columns.numerator);
    const denominator = find(mapping.columns.denominator);
    // Named as the file names them, or as the mapping does when the file lacks them.
    const dailyColumns: DailyCountsColumns = {
      value: value?.name ?? mapping.columns.value,
      numerator: numerator?.name ?? mapping.columns.numerator ?? 'numerator',
      denominator: denominator?.name ?? mapping.columns.denominator ?? 'denominator',
      window: (to ?? date)?.name ?? 'date',
    };
    handleMetrics = (fields, line, context) => {
      // Never false here: without these columns the header check below returns no handler.
      if (!metric || !value) return;
      const key = cellOf(fields, metric).trim();
      const definition = findMetric(key) ?? findMetric(key.toLowerCase());
      const daily = definition ? null : (dailyCountsMetric(key) ?? dailyCountsMetric(key.toLowerCase()));
      if (daily && !daily.supported) {
        const message = `Line ${line}: ${key} has no daily counts; they are kept only for rates over a rolling window (such as amazon.odr_mfn.daily).`;
        sink.issue({ line, column: metric.name, value: key, message, code: 'daily_counts_unsupported', params: { line, metric: key } });
        return;
      }
      if (!definition && !daily) {
        sink.issue({ line, column: metric.name, value: key, message: `Unknown metric "${key}" on line ${line}; use a metric key of the catalog, such as amazon.odr_mfn.`, code: 'unknown_metric', params: { line, metric: key } });
        return;
      }
      const counts = { numerator: readOptionalCount(fields, line, numerator), denominator: readOptionalCount(fields, line, denominator) };
      if (counts.numerator === false || counts.denominator === false) return;
      if (definition) emitMetric(definition, value, fields, line, context, counts.numerator, counts.denominator);
      else if (daily) emitDailyCounts(daily.metric, cellOf(fields, value), line, context, counts.numerator, counts.denominator, dailyColumns);
    };
  } else {
    const metricColumns: Array<{ column: Column; definition: MetricDefinition }> = [];
    if (mapping.metrics === 'catalog_keys') {
      header.forEach((name, position) => {
        const definition = findMetric(normalizeHeader(name));
        if (definition) metricColumns.push({ column: { position, name: name.trim() }, definition });
      });
      if (metricColumns.length === 0) {
        missing.push(headerIssue('has no column named by a metric key, such as "amazon.odr_mfn"', 'missing_metric_columns', { example: 'amazon.odr_mfn' }));
      }
    } else {
      for (const [name, key] of Object.entries(mapping.metrics)) {
        const column = need(name);
        const definition = findMetric(key);
        if (column && definition) metricColumns.push({ column, definition });
      }
    }
    handleMetrics = (fields, line, context) => {
      for (const { column, definition } of metricColumns) {
        // A blank cell in a wide file means "not reported that day", not a zero.
        if (cellOf(fields, column).trim() !== '') emitMetric(definition, column, fields, line, context, null, null);
      }
    };
  }

  if (missing.length > 0) {
    for (const issue of missing) sink.issue(issue);
    return null;
  }

  function emitMetric(definition: MetricDefinition, column: Column, fields: string[], line: number, context: RowContext, numerator: number | null, denominator: number | null): void {
    const cell = cellOf(fields, column);
    const read = readMetricCell(definition, cell, currency ? cellOf(fields, currency) : '', options.decimal);
    if (!read.ok) {
      sink.issue({ line, column: column.name, value: cell, message: `Line ${line}, column "${column.name}": ${read.message}.`, code: read.code, params: { line, column: column.name, ...read.params } });
      return;
    }
    sink.record(tabularRecord(context, line, definition.key, read, { numerator, denominator }));
  }

  function emitDailyCounts(definition: MetricDefinition, cell: string, line: number, context: RowContext, numerator: number | null, denominator: number | null, columns: DailyCountsColumns): void {
    const read = readDailyCounts(definition, { value: cell, numerator, denominator, windowFrom: context.windowFrom, windowTo: context.windowTo }, options.decimal);
    if (!read.ok) {
      const column = columns[read.field];
      sink.issue({ line, column, value: read.field === 'value' ? cell : null, message: `Line ${line}, column "${column}": ${read.message}.`, code: read.code, params: { line, column, ...read.params } });
      return;
    }
    sink.record(tabularRecord(context, line, dailyCountsKey(definition.key), { ...read, amountMinor: null, currency: null, platformStatus: null }, { numerator, denominator }));
  }

  /** null for an absent column or empty cell, false after reporting a bad one. */
  function readOptionalCount(fields: string[], line: number, column: Column | undefined): number | null | false {
    const cell = column ? cellOf(fields, column) : '';
    if (!column || cell.trim() === '') return null;
    const read = readCountCell(cell, options.decimal);
    if (read.ok) return read.value;
    sink.issue({ line, column: column.name, value: cell, message: `Line ${line}, column "${column.name}": ${read.message}.`, code: read.code, params: { line, column: column.name, ...read.params } });
    return false;
  }

  function readDate(fields: string[], line: number, column: Column): string | null {
    const cell = cellOf(fields, column);
    let parsed = dates.get(cell);
    if (parsed === undefined) {
      parsed = parseLocalizedDate(cell, options.dateOrder);
      if (dates.size >= DATE_CACHE_SIZE) dates.clear();
      dates.set(cell, parsed);
    }
    if (parsed.ok) return parsed.date;
    sink.issue({ line, column: column.name, value: cell, message: `Line ${line}, column "${column.name}": ${parsed.reason}.`, code: parsed.code, params: { line, column: column.name, value: cell } });
    return null;
  }

  /** from/to win over the date column when the row fills them: that is the metric's real window. */
  function readWindow(fields: string[], line: number): { windowFrom: string; windowTo: string } | null {
    if (from && to && (!date || cellOf(fields, from).trim() !== '' || cellOf(fields, to).trim() !== '')) {
      const windowFrom = readDate(fields, line, from);
      const windowTo = readDate(fields, line, to);
      if (windowFrom === null || windowTo === null) return null;
      if (windowFrom > windowTo) {
        sink.issue({
          line,
          column: to.name,
          value: cellOf(fields, to),
          message: `Line ${line}: the window ends (${windowTo}) before it starts (${windowFrom}).`,
          code: 'window_reversed',
          params: { line, from: windowFrom, to: windowTo },
        });
        return null;
      }
      return { windowFrom, windowTo };
    }
    const day = date ? readDate(fields, line, date) : null;
    return day === null ? null : { windowFrom: day, windowTo: day };
  }

  function readContext(fields: string[], line: number): RowContext | null {
    const storeName = store ? cellOf(fields, store).trim() : '';
    if (store && storeName === '') sink.issue({ line, column: store.name, value: '', message: `Line ${line} has no store in column "${store.name}".`, code: 'missing_store', params: { line, column: store.name } });
    const window = readWindow(fields, line);
    return window && storeName !== '' ? { store: storeName, ...window } : null;
  }

  return (fields, line) => {
    const context = readContext(fields, line);
    if (context) handleMetrics(fields, line, context);
  };
}

function cellOf(fields: readonly string[], column: Column): string {
  return fields[column.position] ?? '';
}

/** A record read from one row of a tabular file: its numbers, the row's store and window, no platform target. */
function tabularRecord(
  context: RowContext,
  line: number,
  metricKey: string,
  read: Pick<ParsedRecord, 'value' | 'amountMinor' | 'currency' | 'platformStatus'>,
  counts: Pick<ParsedRecord, 'numerator' | 'denominator'>,
): ParsedRecord {
  return {
    storeRef: { column: context.store },
    metricKey,
    value: read.value,
    amountMinor: read.amountMinor,
    currency: read.currency,
    numerator: counts.numerator,
    denominator: counts.denominator,
    windowFrom: context.windowFrom,
    windowTo: context.windowTo,
    platformTarget: null,
    platformTargetCondition: null,
    platformStatus: read.platformStatus,
    line,
  };
}
