import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '@shared/api/app-error';
import type { PoaContent } from '@shared/api/poa-content-schemas';
import type { PoaRevision, PoaRevisionSummary, PoaSaveDraftResult, poaSaveDraftInputSchema } from '@shared/api/poa-schemas';
import type { PoaOutcome, PoaStatus } from '@shared/domain/poa';
import type { z } from 'zod';
import type { CoreContext } from '../core-context';
import { poaRevisions } from '../db/schema';
import { notFound } from '../errors';
import { poaLengths } from './checks/poa-text-fields';
import { checkCaseContent, getPoaCaseRow, readPoaContent } from './poa-case-rows';
import { isEditable } from './poa-transitions';

type RevisionRow = typeof poaRevisions.$inferSelect;

function toRevision(row: RevisionRow): PoaRevision {
  const content = readPoaContent(row.content);
  return {
    caseId: row.caseId,
    revision: row.revision,
    status: row.status as PoaStatus,
    outcome: row.outcome as PoaOutcome | null,
    savedAt: row.savedAt,
    actor: row.actor,
    submittedAt: row.submittedAt,
    characters: poaLengths(content).total,
    content,
  };
}

function revisionRow(ctx: CoreContext, caseId: number, revision: number): RevisionRow | undefined {
  return ctx.workspace.db
    .select()
    .from(poaRevisions)
    .where(and(eq(poaRevisions.caseId, caseId), eq(poaRevisions.revision, revision)))
    .get();
}

export function getPoaRevision(ctx: CoreContext, caseId: number, revision: number): PoaRevision {
  getPoaCaseRow(ctx, caseId);
  const row = revisionRow(ctx, caseId, revision);
  if (!row) throw new AppError('not_found', `POA case ${caseId} has no revision ${revision}`, { entity: 'POA revision', id: caseId, revision });
  return toRevision(row);
}

/** Every revision of a case, oldest first, without their text (ask `getPoaRevision` for one). */
export function listPoaRevisions(ctx: CoreContext, caseId: number): PoaRevisionSummary[] {
  getPoaCaseRow(ctx, caseId);
  return ctx.workspace.db
    .select()
    .from(poaRevisions)
    .where(eq(poaRevisions.caseId, caseId))
    .orderBy(asc(poaRevisions.revision))
    .all()
    .map((row) => {
      const { content: _content, ...summary } = toRevision(row);
      return summary;
    });
}

export function insertPoaRevision(ctx: CoreContext, caseId: number, revision: number, content: PoaContent, status: PoaStatus): void {
  ctx.workspace.db
    .insert(poaRevisions)
    .values({ caseId, revision, content, status, savedAt: ctx.now().toISOString(), actor: ctx.actor })
    .run();
}

/** Changes the status, outcome or submission time of a revision without touching its text. */
export function markPoaRevision(
  ctx: CoreContext,
  caseId: number,
  revision: number,
  changes: Partial<Pick<RevisionRow, 'status' | 'outcome' | 'submittedAt'>>,
): void {
  ctx.workspace.db
    .update(poaRevisions)
    .set(changes)
    .where(and(eq(poaRevisions.caseId, caseId), eq(poaRevisions.revision, revision)))
    .run();
}

/**
 * The editor's autosave. Overwrites the working revision's row, so a crash loses at most the last
 * few seconds, and what `poa.get` answers after a restart is the last autosave. Saving the same
 * content again writes nothing. Refused once the case is submitted (its text is then what the
 * platform received; reopen it to write a new revision) and for any revision but the working one,
 * so a stale editor cannot overwrite a reopened case.
 */
export function savePoaDraft(ctx: CoreContext, input: z.output<typeof poaSaveDraftInputSchema>): PoaSaveDraftResult {
  return ctx.workspace.sqlite.transaction(() => {
    const row = getPoaCaseRow(ctx, input.id);
    if (!isEditable(row.status)) {
      throw new AppError('conflict', `POA case ${row.id} is ${row.status}; reopen it to write a new revision.`, { reason: 'not_editable', status: row.status });
    }
    if (input.revision !== row.currentRevision) {
      throw new AppError('conflict', `POA case ${row.id} is on revision ${row.currentRevision}, not ${input.revision}; reload it.`, {
        reason: 'stale_revision',
        revision: row.currentRevision,
      });
    }
    const stored = revisionRow(ctx, row.id, row.currentRevision);
    if (!stored) throw notFound('POA revision', row.currentRevision);
    const checks = checkCaseContent(ctx, row, input.content);
    if (JSON.stringify(readPoaContent(stored.content)) === JSON.stringify(input.content)) {
      return { revision: row.currentRevision, savedAt: stored.savedAt, changed: false, checks };
    }
    const savedAt = ctx.now().toISOString();
    ctx.workspace.db
      .update(poaRevisions)
      .set({ content: input.content, status: row.status, savedAt, actor: ctx.actor })
      .where(eq(poaRevisions.id, stored.id))
      .run();
    return { revision: row.currentRevision, savedAt, changed: true, checks };
  })();
}
