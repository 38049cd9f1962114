import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { RestoreResult } from '@shared/api/backup-schemas';
import { AppError } from '@shared/api/app-error';
import type { CoreContext } from '../core-context';
import { listWorkspaceBackups, createBackup } from './backup-service';
import { inspectWorkspaceFile } from './inspect-workspace-file';

const ENTITIES = ['clients', 'stores', 'workspace', 'snapshots', 'thresholds', 'alerts', 'imports', 'settings', 'columnSets', 'annotations', 'poa', 'contracts', 'sla'] as const;

/**
 * Restores one of the workspace's own backups while the workspace stays open (Settings → Backups):
 * the current state is backed up first, the chosen copy verified, then copied over the live file
 * with SQLite's backup API, which writes the destination in one transaction, so a crash leaves
 * either the old workspace or the restored one. A copy from an older schema is refused here:
 * restoring it needs the migrations a fresh open runs (`storefleet restore`).
 */
export async function restoreInPlace(ctx: CoreContext, file: string): Promise<RestoreResult> {
  const chosen = listWorkspaceBackups(ctx).find((b) => resolve(b.file) === resolve(file));
  if (!chosen) throw new AppError('not_found', `${file} is not one of this workspace's backups`, { entity: 'backup', file });
  const { schemaVersion } = inspectWorkspaceFile(chosen.file, ctx.workspace.schemaVersion, 'full');
  if (schemaVersion !== ctx.workspace.schemaVersion) {
    throw new AppError(
      'conflict',
      `${chosen.fileName} was made by an older Storefleet (schema ${schemaVersion}, now ${ctx.workspace.schemaVersion}); close the workspace and run "storefleet restore --db <workspace> --from ${chosen.file}" to restore and upgrade it.`,
      { file: chosen.file, reason: 'older_schema' },
    );
  }
  const safetyCopy = await createBackup(ctx, 'pre-restore');
  const source = new Database(chosen.file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(ctx.workspace.path);
  } finally {
    source.close();
  }
  for (const entity of ENTITIES) ctx.events.emit('workspace.changed', { entity });
  return { restoredFrom: chosen.file, safetyCopy: safetyCopy.file };
}
