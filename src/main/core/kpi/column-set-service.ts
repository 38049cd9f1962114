import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '@shared/api/app-error';
import type { ColumnSet, SaveColumnSetInput } from '@shared/api/column-set-schemas';
import { diffFields, recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { columnSets } from '../db/schema';
import { notFound } from '../errors';
import { catalogMetrics } from './metric-key-list';

/** The user's saved matrix column sets, by name; the built-in presets are in shared/metrics/column-presets.ts. */
export function listColumnSets(ctx: CoreContext): ColumnSet[] {
  return ctx.workspace.db
    .select()
    .from(columnSets)
    .orderBy(asc(sql`lower(${columnSets.name})`), asc(columnSets.id))
    .all();
}

function getColumnSet(ctx: CoreContext, id: number): ColumnSet {
  const row = ctx.workspace.db.select().from(columnSets).where(eq(columnSets.id, id)).get();
  if (!row) throw notFound('Column set', id);
  return row;
}

/** Names are unique regardless of case: "Health" and "health" could not be told apart in a menu. */
function assertUniqueName(ctx: CoreContext, name: string, exceptId?: number): void {
  const lowered = name.toLowerCase();
  const clash = listColumnSets(ctx).find((set) => set.id !== exceptId && set.name.toLowerCase() === lowered);
  if (!clash) return;
  const message = `a column set named "${clash.name}" already exists; choose another name or edit that set`;
  throw new AppError('conflict', message, {
    issues: [{ field: 'name', code: 'duplicate', message, params: { name: clash.name } }],
    existingColumnSetId: clash.id,
  });
}

/** Creates a set (no id) or replaces the name and columns of an existing one. */
export function saveColumnSet(ctx: CoreContext, input: SaveColumnSetInput): ColumnSet {
  catalogMetrics(input.metricKeys);
  return ctx.workspace.sqlite.transaction(() => {
    const at = ctx.now().toISOString();
    if (input.id === undefined) {
      assertUniqueName(ctx, input.name);
      const row = ctx.workspace.db
        .insert(columnSets)
        .values({ name: input.name, metricKeys: input.metricKeys, createdAt: at, updatedAt: at })
        .returning()
        .get();
      recordAudit(ctx, { action: 'create', entity: 'column_set', entityId: row.id, details: { name: row.name, metricKeys: row.metricKeys } });
      return row;
    }
    const before = getColumnSet(ctx, input.id);
    assertUniqueName(ctx, input.name, input.id);
    const diff = diffFields(
      { name: before.name, metricKeys: before.metricKeys.join(',') },
      { name: input.name, metricKeys: input.metricKeys.join(',') },
    );
    if (Object.keys(diff).length === 0) return before;
    const row = ctx.workspace.db
      .update(columnSets)
      .set({ name: input.name, metricKeys: input.metricKeys, updatedAt: at })
      .where(eq(columnSets.id, input.id))
      .returning()
      .get();
    recordAudit(ctx, { action: 'update', entity: 'column_set', entityId: row.id, details: diff });
    return row;
  })();
}

export function removeColumnSet(ctx: CoreContext, id: number): void {
  ctx.workspace.sqlite.transaction(() => {
    const before = getColumnSet(ctx, id);
    ctx.workspace.db.delete(columnSets).where(eq(columnSets.id, id)).run();
    recordAudit(ctx, { action: 'remove', entity: 'column_set', entityId: id, details: { name: before.name, metricKeys: before.metricKeys } });
  })();
}
