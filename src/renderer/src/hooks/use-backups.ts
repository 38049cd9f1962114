import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

// Under the workspace key: a restore announces every entity, which refetches the whole workspace.
const BACKUPS_KEY = [...queryKeys.workspace, 'backups'] as const;

export const useBackups = () => useInvokeQuery(BACKUPS_KEY, 'backups.list');
export const useCreateBackup = () => useInvokeMutation('backups.create', [BACKUPS_KEY]);
export const useSetBackupFolder = () => useInvokeMutation('backups.setFolder', [BACKUPS_KEY]);
export const useRestoreBackup = () => useInvokeMutation('backups.restore', [queryKeys.workspace]);
