import { addPoaAttachment, listPoaAttachments, removePoaAttachment } from '../../core/poa/attachments/attachment-service';
import { extractPoaEvidence } from '../../core/poa/evidence/evidence-service';
import { exportPoa } from '../../core/poa/export/export-poa';
import { createPoaCase, getPoaCaseDetail, listPoaCases, updatePoaCase } from '../../core/poa/poa-case-service';
import { getPoaRevision, listPoaRevisions, savePoaDraft } from '../../core/poa/poa-revision-service';
import { transitionPoaCase } from '../../core/poa/poa-transition-service';
import { poaTemplate } from '../../core/poa/templates/poa-templates';
import { changed, type ProcedureTable } from '../procedure-table';

type PoaProcedure =
  | 'poa.list'
  | 'poa.get'
  | 'poa.create'
  | 'poa.update'
  | 'poa.saveDraft'
  | 'poa.transition'
  | 'poa.revisions'
  | 'poa.revision'
  | 'poa.templates'
  | 'poa.evidence'
  | 'poa.attachments.add'
  | 'poa.attachments.remove'
  | 'poa.attachments.list'
  | 'poa.export';

export const poaProcedures: ProcedureTable<PoaProcedure> = {
  'poa.list': (ctx, input) => listPoaCases(ctx, input ?? {}),
  'poa.get': (ctx, { id }) => getPoaCaseDetail(ctx, id),
  'poa.create': (ctx, input) => changed(ctx, 'poa', createPoaCase(ctx, input)),
  'poa.update': (ctx, { id, patch }) => changed(ctx, 'poa', updatePoaCase(ctx, id, patch)),
  // Autosaves are announced to nobody: the editor that saved has the result, and a refetch
  // elsewhere every few seconds would only fight the user's typing.
  'poa.saveDraft': (ctx, input) => savePoaDraft(ctx, input),
  'poa.transition': (ctx, { id, to }) => changed(ctx, 'poa', transitionPoaCase(ctx, id, to)),
  'poa.revisions': (ctx, { id }) => listPoaRevisions(ctx, id),
  'poa.revision': (ctx, { id, revision }) => getPoaRevision(ctx, id, revision),
  'poa.templates': (_ctx, { caseType, language }) => poaTemplate(caseType, language),
  'poa.evidence': (ctx, { caseId }) => extractPoaEvidence(ctx, caseId),
  'poa.attachments.add': (ctx, input) => changed(ctx, 'poa', addPoaAttachment(ctx, input)),
  'poa.attachments.remove': (ctx, { id }) => {
    removePoaAttachment(ctx, id);
    return changed(ctx, 'poa', { removed: true as const });
  },
  'poa.attachments.list': (ctx, { caseId }) => listPoaAttachments(ctx, caseId),
  'poa.export': (ctx, input) => exportPoa(ctx, input),
};
