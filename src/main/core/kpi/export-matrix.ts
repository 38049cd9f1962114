import { basename } from 'node:path';
import { inArray } from 'drizzle-orm';
import { AppError } from '@shared/api/app-error';
import type { MatrixRow } from '@shared/api/kpi-schemas';
import type { ExportedFile } from '@shared/api/exported-file-schemas';
import type { MatrixExportInput } from '@shared/api/matrix-export-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import type { CoreContext } from '../core-context';
import { stores } from '../db/schema';
import { invalidField } from '../errors';
import { EXPORT_WORDS } from '../i18n/export-words';
import { matrixAboutRows } from './export-matrix-about';
import { matrixExportTable } from './export-matrix-columns';
import { matrixCsv } from './export-matrix-csv';
import { workbookXlsx } from './export-matrix-xlsx';
import { getMatrix } from './matrix-service';

const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

function refuseDuplicates(values: readonly (string | number)[], field: string): void {
  const seen = new Set<string | number>();
  values.forEach((value, index) => {
    if (seen.has(value)) throw invalidField(`${field}.${index}`, 'duplicate', `${value} is listed twice`);
    seen.add(value);
  });
}

function catalogMetrics(keys: readonly string[]): MetricDefinition[] {
  refuseDuplicates(keys, 'metricKeys');
  return keys.map((key, index) => {
    const metric = findMetric(key);
    if (!metric) throw invalidField(`metricKeys.${index}`, 'unknown_metric', `"${key}" is not a metric of the catalog`);
    return metric;
  });
}

/**
 * The matrix rows of these stores, in the order given: the order the user sorted the view in.
 * Health score and worst status are the store's, over all its metrics, whichever columns are exported.
 */
function rowsInOrder(ctx: CoreContext, storeIds: readonly number[]): MatrixRow[] {
  refuseDuplicates(storeIds, 'storeIds');
  const byId = new Map(getMatrix(ctx).map((row) => [row.storeId, row]));
  const missing = storeIds.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    const archived = ctx.workspace.db.select({ id: stores.id }).from(stores).where(inArray(stores.id, missing)).all();
    const first = archived[0];
    if (first) throw invalidField(`storeIds.${storeIds.indexOf(first.id)}`, 'archived', `store ${first.id} is archived; restore it to export it`);
    const unknown = missing.join(', ');
    throw new AppError('not_found', missing.length === 1 ? `Store ${unknown} does not exist` : `Stores ${unknown} do not exist`, { entity: 'Store', ids: missing });
  }
  return storeIds.map((id) => byId.get(id)!);
}

/**
 * The matrix as the user sees it (these stores in this order, these metrics) as a CSV or XLSX
 * file in the language asked for. Values stay numbers a spreadsheet can compute with.
 */
export async function exportMatrix(ctx: CoreContext, input: MatrixExportInput): Promise<ExportedFile> {
  const metrics = catalogMetrics(input.metricKeys);
  const rows = rowsInOrder(ctx, input.storeIds);
  const table = matrixExportTable(rows, metrics, input.language);
  const now = ctx.now();
  let bytes: Buffer;
  if (input.format === 'csv') {
    bytes = matrixCsv(table);
  } else {
    const words = EXPORT_WORDS[input.language];
    const about = matrixAboutRows({
      exportedAt: now,
      workspace: basename(ctx.workspace.path),
      filters: input.filters ?? {},
      metrics,
      rows,
      language: input.language,
    });
    bytes = await workbookXlsx([
      {
        name: words.matrixSheet,
        rows: [{ cells: table.headers.map((text) => ({ kind: 'text', text })), bold: true }, ...table.rows.map((cells) => ({ cells }))],
        frozen: { rows: 1, columns: 1 },
        wrapHeader: true,
      },
      { name: words.aboutSheet, rows: about },
    ]);
  }
  return {
    fileName: `storefleet-matrix-${now.toISOString().slice(0, 10)}.${input.format}`,
    mimeType: MIME_TYPES[input.format],
    base64: bytes.toString('base64'),
    byteLength: bytes.length,
  };
}
