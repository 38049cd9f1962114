import type { ProcedureInput } from '@shared/api/contract';
import { IMPORT_KEYS, queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

export const useImportHistory = (input: ProcedureInput<'imports.history'> = {}) =>
  useInvokeQuery(queryKeys.importHistory(input), 'imports.history', input);

/** A dry run: it reads and validates the whole file and writes nothing. */
export const usePreviewImport = () => useInvokeMutation('imports.preview', []);
export const useRunImport = () => useInvokeMutation('imports.run', IMPORT_KEYS);
export const useUndoImport = () => useInvokeMutation('imports.undo', IMPORT_KEYS);
export const useCancelJob = () => useInvokeMutation('jobs.cancel', []);

export const useMappings = () => useInvokeQuery(queryKeys.mappings, 'mappings.list');
export const useSaveMapping = () => useInvokeMutation('mappings.save', [queryKeys.mappings]);
