import { z } from 'zod';

export const backupKinds = ['daily', 'manual', 'pre-migration', 'pre-restore'] as const;

export const backupSchema = z.object({
  /** Absolute path of the backup file. */
  file: z.string(),
  fileName: z.string(),
  /** UTC ISO timestamp. */
  takenAt: z.string(),
  kind: z.enum(backupKinds),
  sizeBytes: z.number().int().nonnegative(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupListSchema = z.object({
  folder: z.string(),
  /** True while the folder is the default one beside the workspace. */
  isDefaultFolder: z.boolean(),
  backups: z.array(backupSchema),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const backupInputSchemas = {
  setFolder: z.object({ folder: z.string().trim().min(1).max(4096).nullable() }).strict(),
  /** The file to restore must be one of the workspace's listed backups (a path, never an upload). */
  restore: z.object({ file: z.string().min(1).max(4096) }).strict(),
};

export const restoreResultSchema = z.object({
  restoredFrom: z.string(),
  /** The copy of the workspace taken just before the restore; null if there was no file to copy. */
  safetyCopy: z.string().nullable(),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;
