import { AppError } from '@shared/api/app-error';

/**
 * SQLite answers SQLITE_BUSY once busy_timeout ran out: another process (a second app window on the
 * same file, a CLI import) holds a long write. That is a state to wait out, not a bug.
 */
export function busyWorkspaceError(error: unknown, file: string): AppError | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code !== 'SQLITE_BUSY' && code !== 'SQLITE_BUSY_SNAPSHOT' && code !== 'SQLITE_LOCKED') return null;
  return new AppError(
    'unavailable',
    `${file} is busy: another Storefleet process is writing to it (an import, a backup or an upgrade). Nothing was changed; try again when it has finished.`,
    { file, reason: 'busy' },
  );
}
