import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

/** The matrix column sets users saved in the workspace (the presets live in the catalog). */
export const useColumnSets = () => useInvokeQuery(queryKeys.columnSets, 'columnSets.list');

export const useSaveColumnSet = () => useInvokeMutation('columnSets.save', [queryKeys.columnSets]);
export const useRemoveColumnSet = () => useInvokeMutation('columnSets.remove', [queryKeys.columnSets]);
