import type { ProcedureInput } from '@shared/api/contract';
import { DIRECTORY_KEYS, queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

export const useStores = (input: ProcedureInput<'stores.list'> = {}) =>
  useInvokeQuery(queryKeys.storeList(input), 'stores.list', input);

export const useCreateStore = () => useInvokeMutation('stores.create', DIRECTORY_KEYS);
export const useUpdateStore = () => useInvokeMutation('stores.update', DIRECTORY_KEYS);
export const useArchiveStore = () => useInvokeMutation('stores.archive', DIRECTORY_KEYS);
export const useRestoreStore = () => useInvokeMutation('stores.restore', DIRECTORY_KEYS);
