import { basename } from 'node:path';
import { z } from 'zod';
import { backupKinds } from '@shared/api/backup-schemas';

export const backupKindSchema = z.enum(backupKinds);
export type BackupKind = z.infer<typeof backupKindSchema>;

export interface BackupName {
  fileName: string;
  takenAt: Date;
  kind: BackupKind;
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

function stem(workspaceFile: string): string {
  return basename(workspaceFile).replace(/\.(sqlite3?|db)$/i, '');
}

/** `<workspace>-2026-11-20T09-30-00-000Z-daily.sqlite`: sortable, and safe on every file system. */
export function backupFileName(workspaceFile: string, takenAt: Date, kind: BackupKind): string {
  const stamp = takenAt.toISOString().replace(/[:.]/g, '-');
  return `${stem(workspaceFile)}-${stamp}-${kind}.sqlite`;
}

/** Reads a name written by backupFileName for this workspace; anything else in the folder is not ours. */
export function parseBackupFileName(workspaceFile: string, fileName: string): BackupName | null {
  const prefix = `${stem(workspaceFile)}-`;
  if (!fileName.startsWith(prefix) || !fileName.endsWith('.sqlite')) return null;
  const rest = fileName.slice(prefix.length, -'.sqlite'.length);
  const kindStart = rest.indexOf('Z-');
  if (kindStart < 0) return null;
  const kind = backupKindSchema.safeParse(rest.slice(kindStart + 2));
  const stamp = STAMP.exec(rest.slice(0, kindStart + 1));
  if (!kind.success || !stamp) return null;
  const takenAt = new Date(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}.${stamp[5]}Z`);
  return Number.isNaN(takenAt.getTime()) ? null : { fileName, takenAt, kind: kind.data };
}
