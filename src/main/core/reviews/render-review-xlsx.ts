import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricUnit } from '@shared/metrics/metric-definition';
import { EXPORT_WORDS } from '../i18n/export-words';
import type { SheetRow } from '../kpi/export-matrix-about';
import type { ExportCell } from '../kpi/export-matrix-columns';
import { workbookXlsx, type XlsxSheet } from '../kpi/export-matrix-xlsx';
import type { ReviewModel } from './review-model';
import { REVIEW_WORDS } from './review-words';

const MAX_SHEET_NAME = 31;

function valueCell(value: number | null, unit: MetricUnit, currency: string | null): ExportCell {
  if (value === null) return { kind: 'empty' };
  if (unit === 'ratio') return { kind: 'ratio', value };
  if (unit === 'money' && currency) return { kind: 'money', value, currency };
  return { kind: 'number', value, decimals: Number.isInteger(value) ? 0 : 2 };
}

const text = (value: string): ExportCell => ({ kind: 'text', text: value });

/** Excel refuses sheet names over 31 characters, with []:*?/\ in them, or used twice. */
function sheetNamer(): (wanted: string) => string {
  const used = new Set<string>();
  return (wanted) => {
    const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, MAX_SHEET_NAME) || 'Sheet';
    let name = clean;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${clean.slice(0, MAX_SHEET_NAME - String(n).length - 1)}~${n}`;
    used.add(name.toLowerCase());
    return name;
  };
}

/**
 * The review's data appendix: a summary sheet (every store's KPIs for the month) and one sheet
 * per store with the month's daily values, one column per metric. Values stay numbers.
 */
export async function renderReviewXlsx(model: ReviewModel): Promise<Buffer> {
  const words = REVIEW_WORDS[model.language];
  const exportWords = EXPORT_WORDS[model.language];
  const label = (key: string) => findMetric(key)?.labels[model.language] ?? key;
  const h = words.kpiHeaders;
  const nameSheet = sheetNamer();
  const summaryRows: SheetRow[] = [
    { cells: [text(words.title), text(model.clientName), text(model.month)], bold: true },
    { cells: [text(exportWords.store), text(h.metric), text(h.value), text(h.previous), text(h.baseline), text(h.target), text(h.status)], bold: true },
  ];
  for (const store of model.stores) {
    if (!store.hasData) {
      summaryRows.push({ cells: [text(store.name), text(exportWords.statuses.no_data)] });
      continue;
    }
    for (const kpi of store.kpis) {
      summaryRows.push({
        cells: [
          text(store.name),
          text(label(kpi.metricKey)),
          valueCell(kpi.value, kpi.unit, kpi.currency),
          valueCell(kpi.previous, kpi.unit, kpi.currency),
          valueCell(kpi.baseline, kpi.unit, kpi.currency),
          valueCell(kpi.target, kpi.unit, kpi.currency),
          { kind: 'status', status: kpi.status, text: exportWords.statuses[kpi.status] },
        ],
      });
    }
  }
  const sheets: XlsxSheet[] = [{ name: nameSheet(words.summarySheet), rows: summaryRows, frozen: { rows: 2, columns: 1 } }];
  for (const store of model.stores) {
    const dates = [...new Set(store.daily.flatMap((series) => series.points.map((point) => point.date)))].sort();
    const byMetric = store.daily.map((series) => ({ series, values: new Map(series.points.map((point) => [point.date, point.value])) }));
    const rows: SheetRow[] = [{ cells: [text(words.dateHeader), ...store.daily.map((series) => text(label(series.metricKey)))], bold: true }];
    for (const date of dates) {
      rows.push({ cells: [text(date), ...byMetric.map(({ series, values }) => valueCell(values.get(date) ?? null, series.unit, series.currency))] });
    }
    if (!store.hasData) rows.push({ cells: [text(exportWords.statuses.no_data)] });
    sheets.push({ name: nameSheet(store.name), rows, frozen: { rows: 1, columns: 1 }, wrapHeader: true });
  }
  return workbookXlsx(sheets);
}
