import type { Backup, BackupList } from '@shared/api/backup-schemas';
import type { CoreContext } from '../../core/core-context';
import type { BackupEntry } from '../../core/backups/backup-folder';
import { defaultBackupFolder } from '../../core/backups/backup-folder';
import { backupIfDue, createBackup, listWorkspaceBackups } from '../../core/backups/backup-service';
import { backupFolder, setBackupFolder } from '../../core/backups/backup-settings';
import { restoreInPlace } from '../../core/backups/restore-in-place';
import { changed, type ProcedureTable } from '../procedure-table';

function toBackup(entry: BackupEntry): Backup {
  return { file: entry.file, fileName: entry.fileName, takenAt: entry.takenAt.toISOString(), kind: entry.kind, sizeBytes: entry.sizeBytes };
}

function backupList(ctx: CoreContext): BackupList {
  const folder = backupFolder(ctx);
  return { folder, isDefaultFolder: folder === defaultBackupFolder(ctx.workspace.path), backups: listWorkspaceBackups(ctx).map(toBackup) };
}

export const backupProcedures: ProcedureTable<'backups.list' | 'backups.create' | 'backups.daily' | 'backups.setFolder' | 'backups.restore'> = {
  'backups.list': (ctx) => backupList(ctx),
  'backups.create': async (ctx) => toBackup(await createBackup(ctx, 'manual')),
  'backups.daily': async (ctx) => {
    const made = await backupIfDue(ctx);
    return made && toBackup(made);
  },
  'backups.setFolder': (ctx, { folder }) => {
    setBackupFolder(ctx, folder);
    return changed(ctx, 'settings', backupList(ctx));
  },
  'backups.restore': (ctx, { file }) => restoreInPlace(ctx, file),
};
