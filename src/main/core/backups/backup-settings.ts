import { eq } from 'drizzle-orm';
import { isAbsolute } from 'node:path';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { workspaceMeta } from '../db/schema';
import { invalidField } from '../errors';
import { BACKUP_FOLDER_KEY, defaultBackupFolder, type BackupTarget } from './backup-folder';

export function backupFolder(ctx: CoreContext): string {
  const row = ctx.workspace.db.select().from(workspaceMeta).where(eq(workspaceMeta.key, BACKUP_FOLDER_KEY)).get();
  return row?.value ?? defaultBackupFolder(ctx.workspace.path);
}

export function backupTarget(ctx: CoreContext): BackupTarget {
  return { workspaceFile: ctx.workspace.path, folder: backupFolder(ctx), now: ctx.now, knownMigrations: ctx.workspace.schemaVersion };
}

/** null goes back to the default folder. */
export function setBackupFolder(ctx: CoreContext, folder: string | null): string {
  if (folder !== null && !isAbsolute(folder)) throw invalidField('folder', 'not_absolute', 'must be an absolute path');
  const before = backupFolder(ctx);
  ctx.workspace.sqlite.transaction(() => {
    if (folder === null) ctx.workspace.db.delete(workspaceMeta).where(eq(workspaceMeta.key, BACKUP_FOLDER_KEY)).run();
    else
      ctx.workspace.db
        .insert(workspaceMeta)
        .values({ key: BACKUP_FOLDER_KEY, value: folder })
        .onConflictDoUpdate({ target: workspaceMeta.key, set: { value: folder } })
        .run();
    recordAudit(ctx, { action: 'update', entity: 'workspace_settings', entityId: null, details: { backupFolder: [before, folder] } });
  })();
  return backupFolder(ctx);
}
