import type { ProcedureInput } from '@shared/api/contract';
import { DIRECTORY_KEYS, queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

export const useClients = (input: ProcedureInput<'clients.list'> = {}) =>
  useInvokeQuery(queryKeys.clientList(input), 'clients.list', input);

export const useCreateClient = () => useInvokeMutation('clients.create', DIRECTORY_KEYS);
export const useUpdateClient = () => useInvokeMutation('clients.update', DIRECTORY_KEYS);
export const useArchiveClient = () => useInvokeMutation('clients.archive', DIRECTORY_KEYS);
export const useRestoreClient = () => useInvokeMutation('clients.restore', DIRECTORY_KEYS);
