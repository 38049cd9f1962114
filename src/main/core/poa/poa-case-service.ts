import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '@shared/api/app-error';
import { detectAsins } from '@shared/domain/detect-asins';
import type { PoaCase, PoaCaseDetail, PoaCaseListItem, PoaListQuery, poaCasePatchSchema, poaCreateInputSchema } from '@shared/api/poa-schemas';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { poaCases, poaRevisions } from '../db/schema';
import { invalidField } from '../errors';
import { getStore } from '../stores/store-service';
import { openPoaDeliveryItem } from '../sla/sla-event-hooks';
import { checkCaseContent, EMPTY_POA_CONTENT, getPoaCaseRow, readPoaContent, selectPoaCases, toPoaCase, type PoaCaseRow } from './poa-case-rows';
import { getPoaRevision, insertPoaRevision } from './poa-revision-service';
import { isEditable } from './poa-transitions';

type NewPoaCase = z.output<typeof poaCreateInputSchema>;
type PoaCaseChanges = z.output<typeof poaCasePatchSchema>;

/** Fields that may change after submission: they describe the case, not the text the platform received. */
const ALWAYS_EDITABLE = new Set<keyof PoaCaseChanges>(['title', 'deadline']);

function assertDeadline(noticeDate: string, deadline: string | null | undefined): void {
  if (deadline && deadline < noticeDate) {
    throw invalidField('deadline', 'before_notice', `${deadline} is before the notice date (${noticeDate})`);
  }
}

/** Cases, newest notice first, with when each was last saved and how many warnings it has. */
export function listPoaCases(ctx: CoreContext, query: PoaListQuery = {}): PoaCaseListItem[] {
  if (query?.storeId !== undefined) getStore(ctx, query.storeId);
  const rows = selectPoaCases(ctx)
    .where(
      and(
        query?.storeId !== undefined ? eq(poaCases.storeId, query.storeId) : undefined,
        query?.status !== undefined ? eq(poaCases.status, query.status) : undefined,
        query?.caseType !== undefined ? eq(poaCases.caseType, query.caseType) : undefined,
      ),
    )
    .orderBy(desc(poaCases.noticeDate), desc(poaCases.id))
    .all() as PoaCaseRow[];
  const current = new Map(
    ctx.workspace.db
      .select({ caseId: poaRevisions.caseId, content: poaRevisions.content, savedAt: poaRevisions.savedAt })
      .from(poaRevisions)
      .innerJoin(poaCases, and(eq(poaCases.id, poaRevisions.caseId), eq(poaCases.currentRevision, poaRevisions.revision)))
      .all()
      .map((revision) => [revision.caseId, revision]),
  );
  return rows.map((row) => {
    const revision = current.get(row.id);
    const content = revision ? readPoaContent(revision.content) : EMPTY_POA_CONTENT;
    const warnings = checkCaseContent(ctx, row, content).warnings.filter((w) => w.severity === 'warning');
    return { ...toPoaCase(row), savedAt: revision?.savedAt ?? row.updatedAt, warningCount: warnings.length };
  });
}

export function getPoaCase(ctx: CoreContext, id: number): PoaCase {
  return toPoaCase(getPoaCaseRow(ctx, id));
}

/** The case, its current revision as last (auto)saved, and the checks of that text. */
export function getPoaCaseDetail(ctx: CoreContext, id: number): PoaCaseDetail {
  const row = getPoaCaseRow(ctx, id);
  const revision = getPoaRevision(ctx, id, row.currentRevision);
  return { case: toPoaCase(row), revision, checks: checkCaseContent(ctx, row, revision.content) };
}

/** Opens a draft case with an empty revision 1. Without affected items given, the notice's ASINs are taken. */
export function createPoaCase(ctx: CoreContext, input: NewPoaCase): PoaCaseDetail {
  const id = ctx.workspace.sqlite.transaction(() => {
    const store = getStore(ctx, input.storeId);
    if (store.archivedAt) throw invalidField('storeId', 'archived', `store ${store.id} is archived; restore it first`);
    assertDeadline(input.noticeDate, input.deadline);
    const at = ctx.now().toISOString();
    const row = ctx.workspace.db
      .insert(poaCases)
      .values({
        storeId: input.storeId,
        caseType: input.caseType,
        language: input.language,
        title: input.title ?? null,
        noticeText: input.noticeText,
        affectedItems: input.affectedItems ?? detectAsins(input.noticeText),
        noticeDate: input.noticeDate,
        deadline: input.deadline ?? null,
        status: 'draft',
        currentRevision: 1,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: poaCases.id, affectedItems: poaCases.affectedItems })
      .get();
    insertPoaRevision(ctx, row.id, 1, EMPTY_POA_CONTENT, 'draft');
    // A contract promising a POA within N hours starts its clock when the case is opened.
    openPoaDeliveryItem(ctx, { storeId: input.storeId, caseId: row.id, openedAt: at });
    recordAudit(ctx, {
      action: 'create',
      entity: 'poa_case',
      entityId: row.id,
      details: { storeId: input.storeId, caseType: input.caseType, language: input.language, noticeDate: input.noticeDate, affectedItems: row.affectedItems },
    });
    return row.id;
  })();
  return getPoaCaseDetail(ctx, id);
}

/**
 * Changes the case's own fields. Title and deadline may change at any time; the notice, the items,
 * the type and the language only while the text may (draft, internal review).
 */
export function updatePoaCase(ctx: CoreContext, id: number, patch: PoaCaseChanges): PoaCase {
  return ctx.workspace.sqlite.transaction(() => {
    const before = getPoaCaseRow(ctx, id);
    const diff = diffFields(before, patch);
    if ('affectedItems' in diff && JSON.stringify(before.affectedItems) === JSON.stringify(patch.affectedItems)) delete diff.affectedItems;
    if (Object.keys(diff).length === 0) return toPoaCase(before);
    const locked = Object.keys(diff).filter((field) => !ALWAYS_EDITABLE.has(field as keyof PoaCaseChanges));
    if (locked.length > 0 && !isEditable(before.status)) {
      throw new AppError('conflict', `POA case ${id} is ${before.status}: ${locked.join(', ')} can no longer change; reopen it first.`, {
        reason: 'not_editable',
        fields: locked,
      });
    }
    assertDeadline(patch.noticeDate ?? before.noticeDate, patch.deadline === undefined ? before.deadline : patch.deadline);
    const changes = Object.fromEntries(Object.keys(diff).map((field) => [field, patch[field as keyof PoaCaseChanges] ?? null]));
    ctx.workspace.db
      .update(poaCases)
      .set({ ...changes, updatedAt: ctx.now().toISOString() })
      .where(eq(poaCases.id, id))
      .run();
    recordAudit(ctx, { action: 'update', entity: 'poa_case', entityId: id, details: { storeId: before.storeId, ...diff } });
    return getPoaCase(ctx, id);
  })();
}
