import { eq } from 'drizzle-orm';
import type { PoaCaseDetail } from '@shared/api/poa-schemas';
import type { PoaStatus } from '@shared/domain/poa';
import { recordAudit } from '../audit/record-audit';
import { closePoaDeliveryItem } from '../sla/sla-event-hooks';
import type { CoreContext } from '../core-context';
import { poaCases } from '../db/schema';
import { getPoaCaseDetail } from './poa-case-service';
import { getPoaCaseRow } from './poa-case-rows';
import { getPoaRevision, insertPoaRevision, markPoaRevision } from './poa-revision-service';
import { planTransition } from './poa-transitions';

/**
 * Moves a case along draft → internal review → submitted → decided. Submitting seals the working
 * revision (never written again); a decision is recorded on the revision it answers; reopening
 * starts the next revision from the text of the last one.
 */
export function transitionPoaCase(ctx: CoreContext, id: number, to: PoaStatus): PoaCaseDetail {
  ctx.workspace.sqlite.transaction(() => {
    const row = getPoaCaseRow(ctx, id);
    const transition = planTransition(row.status, to);
    const at = ctx.now().toISOString();
    let revision = row.currentRevision;
    const caseChanges: Partial<typeof poaCases.$inferInsert> = { status: to, updatedAt: at };
    switch (transition.kind) {
      case 'review':
      case 'return':
        markPoaRevision(ctx, id, revision, { status: to });
        break;
      case 'submit':
        markPoaRevision(ctx, id, revision, { status: to, submittedAt: at });
        Object.assign(caseChanges, { submittedAt: at, decidedAt: null });
        closePoaDeliveryItem(ctx, id, at);
        break;
      case 'decide':
        markPoaRevision(ctx, id, revision, { outcome: transition.outcome });
        caseChanges.decidedAt = at;
        break;
      case 'reopen': {
        const previous = getPoaRevision(ctx, id, revision);
        revision += 1;
        insertPoaRevision(ctx, id, revision, previous.content, 'draft');
        Object.assign(caseChanges, { currentRevision: revision, submittedAt: null, decidedAt: null });
        break;
      }
    }
    ctx.workspace.db.update(poaCases).set(caseChanges).where(eq(poaCases.id, id)).run();
    recordAudit(ctx, { action: transition.kind, entity: 'poa_case', entityId: id, details: { storeId: row.storeId, from: row.status, to, revision } });
  })();
  return getPoaCaseDetail(ctx, id);
}
