import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

export const useWorkspaceInfo = () => useInvokeQuery(queryKeys.workspaceInfo, 'workspace.info');

export const useAbout = () => useInvokeQuery(queryKeys.about, 'app.about');

export const useWorkspaceSettings = () => useInvokeQuery(queryKeys.workspaceSettings, 'settings.get');

export const useUpdateWorkspaceSettings = () => useInvokeMutation('settings.update', [queryKeys.workspaceSettings, queryKeys.workspace]);

export const useInitialiseWorkspace = () =>
  useInvokeMutation('workspace.initialise', [queryKeys.workspace, queryKeys.clients, queryKeys.stores]);
