import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

const KEYS = [queryKeys.connections] as const;

export const useCredentials = (storeId: number | null) =>
  useInvokeQuery([...queryKeys.connections, 'credentials', storeId], 'credentials.list', { storeId: storeId ?? undefined }, { enabled: storeId !== null });

/** Refetched when the backend announces a sync started or ended (workspace.changed {entity: sync}). */
export const useSyncStatus = (storeId: number | null) =>
  useInvokeQuery([...queryKeys.connections, 'sync', storeId], 'sync.status', { storeId: storeId ?? undefined }, { enabled: storeId !== null });

export const useSetCredential = () => useInvokeMutation('credentials.set', KEYS);
export const useRemoveCredential = () => useInvokeMutation('credentials.remove', KEYS);
export const useTestConnection = () => useInvokeMutation('credentials.test', KEYS);
export const useConfigureSync = () => useInvokeMutation('sync.configure', KEYS);
export const useSyncNow = () => useInvokeMutation('sync.now', KEYS);
