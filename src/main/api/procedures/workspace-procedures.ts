import type { About } from '@shared/api/workspace-schemas';
import { initialiseWorkspace, workspaceInfo } from '../../core/workspace/workspace-service';
import { getWorkspaceSettings, updateWorkspaceSettings } from '../../core/workspace/workspace-settings';
import { changed, type ProcedureTable } from '../procedure-table';

export function workspaceProcedures(
  about: About,
): ProcedureTable<'app.about' | 'workspace.info' | 'workspace.initialise' | 'settings.get' | 'settings.update'> {
  return {
    'app.about': () => about,
    'workspace.info': (ctx) => workspaceInfo(ctx),
    'workspace.initialise': (ctx, { mode, demo }) => initialiseWorkspace(ctx, mode, demo),
    'settings.get': (ctx) => getWorkspaceSettings(ctx),
    'settings.update': (ctx, changes) => changed(ctx, 'settings', updateWorkspaceSettings(ctx, changes)),
  };
}
