import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { backupFileName, parseBackupFileName, type BackupKind, type BackupName } from './backup-names';
import { backupsToDelete, DEFAULT_ROTATION } from './backup-rotation';
import { inspectWorkspaceFile } from './inspect-workspace-file';
import { writeVerifiedBackup, writeVerifiedBackupSync } from './write-verified-backup';

export interface BackupEntry extends BackupName {
  /** Absolute path of the backup file. */
  file: string;
  sizeBytes: number;
}

export interface BackupTarget {
  workspaceFile: string;
  folder: string;
  now: () => Date;
  /** Migrations this build knows: a backup must not claim a newer schema. */
  knownMigrations: number;
}

/** workspace_meta key of the folder the user chose; absent means the default beside the workspace. */
export const BACKUP_FOLDER_KEY = 'backups.folder';

/** Backups sit beside the workspace by default, like its attachments, until the user picks a folder. */
export function defaultBackupFolder(workspaceFile: string): string {
  return `${resolve(workspaceFile)}.backups`;
}

export function listBackups(workspaceFile: string, folder: string): BackupEntry[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => parseBackupFileName(workspaceFile, name))
    .filter((name): name is BackupName => name !== null)
    .map((name) => {
      const file = join(folder, name.fileName);
      return { ...name, file, sizeBytes: statSync(file).size };
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

function rotate(target: BackupTarget): void {
  for (const stale of backupsToDelete(listBackups(target.workspaceFile, target.folder), DEFAULT_ROTATION)) {
    rmSync(join(target.folder, stale.fileName), { force: true });
  }
}

function prepare(target: BackupTarget, kind: BackupKind): string {
  mkdirSync(target.folder, { recursive: true });
  return join(target.folder, backupFileName(target.workspaceFile, target.now(), kind));
}

function entryFor(target: BackupTarget, file: string): BackupEntry {
  const entry = listBackups(target.workspaceFile, target.folder).find((b) => b.file === file);
  if (!entry) throw new Error(`The backup ${file} vanished right after it was written`);
  return entry;
}

/** Takes a verified backup of an open workspace, then applies the rotation. */
export async function takeBackup(sqlite: Database.Database, target: BackupTarget, kind: BackupKind): Promise<BackupEntry> {
  const file = prepare(target, kind);
  await writeVerifiedBackup(sqlite, file, target.knownMigrations);
  rotate(target);
  return entryFor(target, file);
}

/** Synchronous variant for opening a workspace (the copy taken before migrating it). */
export function takeBackupSync(sqlite: Database.Database, target: BackupTarget, kind: BackupKind): BackupEntry {
  const file = prepare(target, kind);
  writeVerifiedBackupSync(sqlite, file, target.knownMigrations);
  rotate(target);
  return entryFor(target, file);
}

/**
 * Puts a backup in place of a closed workspace file: the chosen file is verified first, the current
 * file is backed up (a damaged one is kept byte for byte beside it), and the swap is one rename, so
 * a crash leaves either the old workspace or the restored one.
 */
export async function restoreBackup(target: BackupTarget, from: string): Promise<{ safetyCopy: string | null }> {
  inspectWorkspaceFile(from, target.knownMigrations, 'full');
  let safetyCopy: string | null = null;
  const file = resolve(target.workspaceFile);
  if (existsSync(file) && statSync(file).size > 0) {
    try {
      const current = new Database(file, { fileMustExist: true });
      try {
        safetyCopy = (await takeBackup(current, target, 'pre-restore')).file;
      } finally {
        current.close();
      }
    } catch {
      safetyCopy = `${prepare(target, 'pre-restore')}.damaged`;
      copyFileSync(file, safetyCopy);
    }
  }
  const incoming = `${file}.restoring`;
  copyFileSync(from, incoming);
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  renameSync(incoming, file);
  return { safetyCopy };
}
