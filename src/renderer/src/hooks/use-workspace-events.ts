import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useBridge } from '../bridge/bridge-context';
import { keysForChangedEntity } from './query-keys';

/**
 * Another window, the CLI or an import may change the workspace behind this screen's back;
 * the backend says so with `workspace.changed` and the affected lists refetch.
 */
export function useWorkspaceEvents(): void {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      bridge.on('workspace.changed', ({ entity }) => {
        for (const queryKey of keysForChangedEntity(entity)) void queryClient.invalidateQueries({ queryKey });
      }),
    [bridge, queryClient],
  );
}
