import type { MatrixRow } from '@shared/api/kpi-schemas';
import type { Language } from '@shared/domain/languages';
import type { MetricDefinition, ThresholdVersion } from '@shared/metrics/metric-definition';
import { EXPORT_WORDS, fillWords, type ExportWords } from '../i18n/export-words';
import type { ExportCell } from './export-matrix-columns';
import type { ThresholdOrigin } from './resolve-threshold';

export interface SheetRow {
  cells: ExportCell[];
  bold?: boolean;
}

export interface AboutFacts {
  exportedAt: Date;
  /** The workspace file's name. */
  workspace: string;
  /** The filters of the view the user exported, as the caller names them. */
  filters: Readonly<Record<string, string>>;
  metrics: readonly MetricDefinition[];
  rows: readonly MatrixRow[];
  language: Language;
}

const text = (value: string): ExportCell => ({ kind: 'text', text: value });

/** A threshold level in the metric's unit (money levels are major units of each store's currency). */
function level(metric: MetricDefinition, value: number | null): ExportCell {
  if (value === null) return { kind: 'empty' };
  return metric.unit === 'ratio' ? { kind: 'ratio', value } : { kind: 'number', value, decimals: Number.isInteger(value) ? 0 : 2 };
}

/**
 * The catalog's general default on `date`. Marketplace- and stage-specific versions exist for
 * a few metrics; the "thresholds used" column tells which kinds of threshold the stores met.
 */
function generalDefault(metric: MetricDefinition, date: string): ThresholdVersion | null {
  const general = metric.thresholds.filter((v) => !v.marketplace && !v.stage && v.effectiveFrom <= date);
  return general.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

function thresholdsUsed(metric: MetricDefinition, rows: readonly MatrixRow[], words: ExportWords): string {
  const counts = new Map<ThresholdOrigin, number>();
  for (const row of rows) {
    const origin = row.cells.find((cell) => cell.metricKey === metric.key)?.thresholdOrigin;
    if (origin) counts.set(origin, (counts.get(origin) ?? 0) + 1);
  }
  return [...counts].map(([origin, n]) => `${words.origins[origin]} × ${n}`).join(' · ');
}

function metricRow(metric: MetricDefinition, facts: AboutFacts, words: ExportWords): SheetRow {
  const version = generalDefault(metric, facts.exportedAt.toISOString().slice(0, 10));
  const source = version ? (version.unverified ? `${version.source} (${words.unverified})` : version.source) : words.noDefaultThreshold;
  return {
    cells: [
      text(metric.labels[facts.language]),
      text(metric.key),
      text(words.units[metric.unit]),
      text(metric.windowDays === null ? words.pointInTime : fillWords(words.windowDays, { days: metric.windowDays })),
      text(words.directions[metric.direction]),
      level(metric, version?.watch ?? null),
      level(metric, version?.breach ?? null),
      text(source),
      text(thresholdsUsed(metric, facts.rows, words)),
    ],
  };
}

/** The "About" sheet: when and from where the file was made, the view's filters, and what each metric means. */
export function matrixAboutRows(facts: AboutFacts): SheetRow[] {
  const words = EXPORT_WORDS[facts.language];
  const filters = Object.entries(facts.filters);
  const exportedAt = `${facts.exportedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return [
    { cells: [text(words.aboutTitle)], bold: true },
    { cells: [text(words.exportedAt), text(exportedAt)] },
    { cells: [text(words.workspace), text(facts.workspace)] },
    { cells: [text(words.storeCount), { kind: 'number', value: facts.rows.length, decimals: 0 }] },
    ...(filters.length === 0
      ? [{ cells: [text(words.filters), text(words.noFilters)] }]
      : filters.map(([name, value], i): SheetRow => ({ cells: [i === 0 ? text(words.filters) : { kind: 'empty' }, text(`${name}: ${value}`)] }))),
    { cells: [] },
    { cells: [text(words.metricsHeading)], bold: true },
    {
      cells: [words.metric, words.metricKey, words.unit, words.window, words.direction, words.defaultWatch, words.defaultBreach, words.defaultSource, words.thresholdsUsed].map(text),
      bold: true,
    },
    ...facts.metrics.map((metric) => metricRow(metric, facts, words)),
    { cells: [] },
    { cells: [text(words.thresholdNote)] },
  ];
}
