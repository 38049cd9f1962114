import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Annotation, annotationInputSchemas } from '@shared/api/annotation-schemas';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { annotations } from '../db/schema';
import { notFound } from '../errors';
import { assertDateRange } from '../kpi/date-range';
import { getStore } from '../stores/store-service';

type AnnotationQuery = z.output<typeof annotationInputSchemas.list>;
type NewAnnotation = z.output<typeof annotationInputSchemas.create>;
type AnnotationChanges = Omit<z.output<typeof annotationInputSchemas.update>, 'id'>;

/** A store's notes, oldest first, optionally within a range of days (inclusive). */
export function listAnnotations(ctx: CoreContext, query: AnnotationQuery): Annotation[] {
  getStore(ctx, query.storeId);
  // A note list has no length limit: a range is only checked for its order.
  if (query.from !== undefined && query.to !== undefined) assertDateRange({ from: query.from, to: query.to }, Infinity);
  return ctx.workspace.db
    .select()
    .from(annotations)
    .where(
      and(
        eq(annotations.storeId, query.storeId),
        query.from !== undefined ? gte(annotations.date, query.from) : undefined,
        query.to !== undefined ? lte(annotations.date, query.to) : undefined,
      ),
    )
    .orderBy(asc(annotations.date), asc(annotations.id))
    .all();
}

function getAnnotation(ctx: CoreContext, id: number): Annotation {
  const row = ctx.workspace.db.select().from(annotations).where(eq(annotations.id, id)).get();
  if (!row) throw notFound('Annotation', id);
  return row;
}

export function createAnnotation(ctx: CoreContext, input: NewAnnotation): Annotation {
  return ctx.workspace.sqlite.transaction(() => {
    getStore(ctx, input.storeId);
    const at = ctx.now().toISOString();
    const row = ctx.workspace.db
      .insert(annotations)
      .values({ storeId: input.storeId, date: input.date, text: input.text, actor: ctx.actor, createdAt: at, updatedAt: at })
      .returning()
      .get();
    recordAudit(ctx, { action: 'create', entity: 'annotation', entityId: row.id, details: { storeId: row.storeId, date: row.date, text: row.text } });
    return row;
  })();
}

/** Changes a note's day or text; the author stays who first wrote it, the audit log says who edited. */
export function updateAnnotation(ctx: CoreContext, id: number, changes: AnnotationChanges): Annotation {
  return ctx.workspace.sqlite.transaction(() => {
    const before = getAnnotation(ctx, id);
    const diff = diffFields(before, changes);
    if (Object.keys(diff).length === 0) return before;
    const row = ctx.workspace.db
      .update(annotations)
      .set({ ...changes, updatedAt: ctx.now().toISOString() })
      .where(eq(annotations.id, id))
      .returning()
      .get();
    recordAudit(ctx, { action: 'update', entity: 'annotation', entityId: id, details: { storeId: row.storeId, ...diff } });
    return row;
  })();
}

export function removeAnnotation(ctx: CoreContext, id: number): void {
  ctx.workspace.sqlite.transaction(() => {
    const before = getAnnotation(ctx, id);
    ctx.workspace.db.delete(annotations).where(eq(annotations.id, id)).run();
    recordAudit(ctx, { action: 'remove', entity: 'annotation', entityId: id, details: { storeId: before.storeId, date: before.date, text: before.text } });
  })();
}
