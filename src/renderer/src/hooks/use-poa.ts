import type { ProcedureInput } from '@shared/api/contract';
import type { PoaCaseType, PoaLanguage } from '@shared/domain/poa';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

/**
 * Every POA query sits under ['poa'], the key `workspace.changed {entity: 'poa'}` refreshes.
 * Autosaves announce nothing, so an open editor is never refetched because it saved.
 */
export const poaKeys = {
  all: ['poa'] as const,
  list: (input: ProcedureInput<'poa.list'>) => ['poa', 'list', input ?? {}] as const,
  detail: (id: number) => ['poa', 'case', id] as const,
  revisions: (id: number) => ['poa', 'revisions', id] as const,
  revision: (id: number, revision: number) => ['poa', 'revision', id, revision] as const,
  templates: (caseType: PoaCaseType, language: PoaLanguage) => ['poa', 'templates', caseType, language] as const,
  attachments: (caseId: number) => ['poa', 'attachments', caseId] as const,
};

const POA_KEYS = [poaKeys.all] as const;

export const usePoaCases = (input: ProcedureInput<'poa.list'> = {}) => useInvokeQuery(poaKeys.list(input), 'poa.list', input);
export const usePoaCase = (id: number) => useInvokeQuery(poaKeys.detail(id), 'poa.get', { id });
export const usePoaRevisions = (id: number) => useInvokeQuery(poaKeys.revisions(id), 'poa.revisions', { id });
export const usePoaRevision = (id: number, revision: number) => useInvokeQuery(poaKeys.revision(id, revision), 'poa.revision', { id, revision });
export const usePoaTemplates = (caseType: PoaCaseType, language: PoaLanguage, enabled: boolean) =>
  useInvokeQuery(poaKeys.templates(caseType, language), 'poa.templates', { caseType, language }, { enabled });
export const usePoaAttachments = (caseId: number) => useInvokeQuery(poaKeys.attachments(caseId), 'poa.attachments.list', { caseId });

export const useCreatePoaCase = () => useInvokeMutation('poa.create', POA_KEYS);
export const useUpdatePoaCase = () => useInvokeMutation('poa.update', POA_KEYS);
export const useTransitionPoaCase = () => useInvokeMutation('poa.transition', POA_KEYS);
/** Refreshes nothing: the editor that saved holds the text and the checks it got back. */
export const useSavePoaDraft = () => useInvokeMutation('poa.saveDraft', []);
/** Reads the store's numbers; the editor decides what goes into the text. */
export const usePoaEvidence = () => useInvokeMutation('poa.evidence', []);
export const useAddPoaAttachment = () => useInvokeMutation('poa.attachments.add', POA_KEYS);
export const useRemovePoaAttachment = () => useInvokeMutation('poa.attachments.remove', POA_KEYS);
export const useExportPoa = () => useInvokeMutation('poa.export', []);
