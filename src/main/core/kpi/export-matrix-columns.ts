import type { MatrixCell, MatrixRow, MetricStatus } from '@shared/api/kpi-schemas';
import { currencyMinorDigits } from '@shared/domain/currencies';
import type { Language } from '@shared/domain/languages';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import { EXPORT_WORDS, fillWords, type ExportWords } from '../i18n/export-words';
import { appliesTo } from './applicable-metrics';

/**
 * One cell of an exported sheet, as a machine value plus what it means; each file format
 * decides how to write it (CSV: percent numbers; XLSX: fractions under a percent format).
 */
export type ExportCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** `decimals`: how many digits a reader needs (0 for counts and scores that are whole). */
  | { kind: 'number'; value: number; decimals: number }
  /** A fraction: 0.0085 is 0.85%. */
  | { kind: 'ratio'; value: number }
  /** Major units: 1234.5 USD. */
  | { kind: 'money'; value: number; currency: string }
  | { kind: 'status'; status: MetricStatus; text: string };

export interface ExportTable {
  headers: string[];
  rows: ExportCell[][];
}

interface ExportColumn {
  header: string;
  cell(row: MatrixRow, cells: ReadonlyMap<string, MatrixCell>): ExportCell;
}

const EMPTY: ExportCell = { kind: 'empty' };

function text(value: string | null): ExportCell {
  return value ? { kind: 'text', text: value } : EMPTY;
}

function plainNumber(value: number, fractionDigits: number): ExportCell {
  return { kind: 'number', value, decimals: Number.isInteger(value) ? 0 : fractionDigits };
}

function status(value: MetricStatus, words: ExportWords): ExportCell {
  return { kind: 'status', status: value, text: words.statuses[value] };
}

/** The latest value in the metric's own terms; a status metric (account status) is the platform's word. */
function metricValue(metric: MetricDefinition, cell: MatrixCell | undefined): ExportCell {
  if (!cell) return EMPTY;
  if (cell.amountMinor !== null && cell.currency) {
    return { kind: 'money', value: cell.amountMinor / 10 ** currencyMinorDigits(cell.currency), currency: cell.currency };
  }
  if (metric.unit === 'status') return text(cell.platformStatus);
  if (cell.value === null) return EMPTY;
  switch (metric.unit) {
    case 'ratio':
      return { kind: 'ratio', value: cell.value };
    case 'hours':
    case 'duration':
      return plainNumber(cell.value, 1);
    default:
      return plainNumber(cell.value, 2);
  }
}

function metricColumns(metric: MetricDefinition, words: ExportWords, language: Language): ExportColumn[] {
  const label = metric.labels[language];
  const value: ExportColumn = { header: `${label}${words.unitSuffix[metric.unit] ?? ''}`, cell: (_row, cells) => metricValue(metric, cells.get(metric.key)) };
  const currency: ExportColumn = { header: fillWords(words.metricCurrency, { label }), cell: (_row, cells) => text(cells.get(metric.key)?.currency ?? null) };
  const judged: ExportColumn = {
    header: fillWords(words.metricStatus, { label }),
    cell: (row, cells) => {
      const cell = cells.get(metric.key);
      if (cell) return status(cell.status, words);
      // "No data" only where the metric exists for the store; elsewhere the cell stays blank.
      return appliesTo(metric, row) ? status('no_data', words) : EMPTY;
    },
  };
  return metric.unit === 'money' ? [value, currency, judged] : [value, judged];
}

/**
 * The matrix as a table: the store's description, its health score and worst status, then per
 * metric its value (with a currency column for money) and its status, in the words of `language`.
 */
export function matrixExportTable(rows: readonly MatrixRow[], metrics: readonly MetricDefinition[], language: Language): ExportTable {
  const words = EXPORT_WORDS[language];
  const columns: ExportColumn[] = [
    { header: words.store, cell: (row) => text(row.displayName) },
    { header: words.client, cell: (row) => text(row.clientName) },
    { header: words.platform, cell: (row) => text(words.platforms[row.platform]) },
    { header: words.marketplace, cell: (row) => text(row.marketplace) },
    { header: words.stage, cell: (row) => text(words.stages[row.stage]) },
    { header: words.accountManager, cell: (row) => text(row.accountManager) },
    { header: words.healthScore, cell: (row) => plainNumber(row.healthScore, 0) },
    { header: words.worstStatus, cell: (row) => status(row.worstStatus, words) },
    ...metrics.flatMap((metric) => metricColumns(metric, words, language)),
  ];
  return {
    headers: columns.map((column) => column.header),
    rows: rows.map((row) => {
      const cells = new Map(row.cells.map((cell) => [cell.metricKey, cell]));
      return columns.map((column) => column.cell(row, cells));
    }),
  };
}
