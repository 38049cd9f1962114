import { desc, eq, inArray } from 'drizzle-orm';
import type { ImportBatch } from '@shared/api/import-schemas';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { importBatches, importFiles, stores } from '../db/schema';
import { invalidField, notFound } from '../errors';
import { evaluateStores } from '../kpi/evaluate-stores';

function storeNames(ctx: CoreContext, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = ctx.workspace.db.select({ id: stores.id, name: stores.displayName }).from(stores).where(inArray(stores.id, ids)).all();
  return new Map(rows.map((r) => [r.id, r.name]));
}

function toBatch(ctx: CoreContext, row: typeof importBatches.$inferSelect, file?: { byteSize: number; contentHash: string }): ImportBatch {
  const ids = row.storeIds ?? [];
  const names = storeNames(ctx, ids);
  return {
    id: row.id,
    source: row.source,
    sourceName: row.sourceName,
    format: row.format,
    status: row.status as ImportBatch['status'],
    rowCount: row.rowCount,
    skippedCount: row.skippedCount,
    actor: row.actor,
    createdAt: row.createdAt,
    undoneAt: row.undoneAt,
    byteSize: file?.byteSize ?? null,
    contentHash: file?.contentHash ?? row.contentHash,
    stores: ids.map((id) => ({ storeId: id, displayName: names.get(id) ?? `#${id}` })),
  };
}

/** Import batches, newest first; with a store, only those that wrote to it. */
export function importHistory(ctx: CoreContext, query: { storeId?: number; limit?: number } = {}): ImportBatch[] {
  const rows = ctx.workspace.db
    .select({ batch: importBatches, byteSize: importFiles.byteSize, contentHash: importFiles.contentHash })
    .from(importBatches)
    .leftJoin(importFiles, eq(importFiles.importBatchId, importBatches.id))
    .orderBy(desc(importBatches.id))
    .all()
    .filter((r) => !query.storeId || (r.batch.storeIds ?? []).includes(query.storeId));
  return rows
    .slice(0, query.limit ?? 100)
    .map((r) => toBatch(ctx, r.batch, r.byteSize !== null && r.contentHash !== null ? { byteSize: r.byteSize, contentHash: r.contentHash } : undefined));
}

export function getImportBatch(ctx: CoreContext, id: number): ImportBatch {
  const row = ctx.workspace.db.select().from(importBatches).where(eq(importBatches.id, id)).get();
  if (!row) throw notFound('Import batch', id);
  const file = ctx.workspace.db
    .select({ byteSize: importFiles.byteSize, contentHash: importFiles.contentHash })
    .from(importFiles)
    .where(eq(importFiles.importBatchId, id))
    .get();
  return toBatch(ctx, row, file);
}

/**
 * Undoes a batch: its snapshots go, the batch and its original file stay (marked undone) so the
 * history still tells what happened. Earlier imports of the same windows count again.
 */
export function undoImport(ctx: CoreContext, batchId: number): ImportBatch {
  const batch = getImportBatch(ctx, batchId);
  if (batch.status === 'undone') throw invalidField('batchId', 'already_undone', `import batch ${batchId} was already undone`);
  const storeIds = ctx.workspace.sqlite.transaction(() => {
    const touched = batch.stores.map((s) => s.storeId);
    const remove = ctx.workspace.sqlite.prepare('DELETE FROM metric_snapshots WHERE store_id = ? AND import_batch_id = ?');
    for (const storeId of touched) remove.run(storeId, batchId);
    ctx.workspace.db
      .update(importBatches)
      .set({ status: 'undone', undoneAt: ctx.now().toISOString() })
      .where(eq(importBatches.id, batchId))
      .run();
    recordAudit(ctx, { action: 'undo', entity: 'import_batch', entityId: batchId, details: { rows: batch.rowCount } });
    return touched;
  })();
  evaluateStores(ctx, storeIds);
  return getImportBatch(ctx, batchId);
}
