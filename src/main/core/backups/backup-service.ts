import { AppError } from '@shared/api/app-error';
import type { CoreContext } from '../core-context';
import { listBackups, takeBackup, type BackupEntry } from './backup-folder';
import type { BackupKind } from './backup-names';
import { backupFolder, backupTarget } from './backup-settings';

const DAY_MS = 86_400_000;

function requireFile(ctx: CoreContext): void {
  if (ctx.workspace.path === ':memory:') throw new AppError('unavailable', 'An in-memory workspace has no file to back up');
}

export function listWorkspaceBackups(ctx: CoreContext): BackupEntry[] {
  if (ctx.workspace.path === ':memory:') return [];
  return listBackups(ctx.workspace.path, backupFolder(ctx));
}

export function createBackup(ctx: CoreContext, kind: BackupKind = 'manual'): Promise<BackupEntry> {
  requireFile(ctx);
  return takeBackup(ctx.workspace.sqlite, backupTarget(ctx), kind);
}

/** The daily backup: taken when no regular backup is younger than a day; null when none was due. */
export async function backupIfDue(ctx: CoreContext): Promise<BackupEntry | null> {
  if (ctx.workspace.path === ':memory:') return null;
  const latest = listWorkspaceBackups(ctx).find((b) => b.kind === 'daily' || b.kind === 'manual');
  if (latest && ctx.now().getTime() - latest.takenAt.getTime() < DAY_MS) return null;
  return createBackup(ctx, 'daily');
}
