import { renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '@shared/api/app-error';
import { inspectWorkspaceFile } from './inspect-workspace-file';

function partialName(target: string): string {
  return `${target}.partial`;
}

/**
 * A copy of a WAL workspace is itself marked WAL, and opening it would leave -wal/-shm files
 * beside it; a rollback-journal copy is one file that can be moved, mailed or restored alone.
 */
function selfContained(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * The copy is written beside its final name and renamed only once integrity_check passed, so a
 * crash (or a kill) mid-copy leaves a `.partial` file that no list shows, never a broken backup.
 */
function verifyAndPublish(partial: string, target: string, knownMigrations: number): void {
  try {
    selfContained(partial);
    inspectWorkspaceFile(partial, knownMigrations, 'full');
  } catch (error) {
    rmSync(partial, { force: true });
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('internal', `The backup ${target} failed its integrity check and was removed: ${detail}`);
  }
  renameSync(partial, target);
}

/** Copies a live workspace with SQLite's online backup API (readers and writers go on meanwhile). */
export async function writeVerifiedBackup(sqlite: Database.Database, target: string, knownMigrations: number): Promise<void> {
  const partial = partialName(target);
  rmSync(partial, { force: true });
  await sqlite.backup(partial);
  verifyAndPublish(partial, target, knownMigrations);
}

/**
 * Same, synchronously, for the one caller that cannot wait for a promise: opening a workspace,
 * which every host does synchronously before anything else runs. VACUUM INTO writes a
 * transactionally consistent copy in one statement.
 */
export function writeVerifiedBackupSync(sqlite: Database.Database, target: string, knownMigrations: number): void {
  const partial = partialName(target);
  rmSync(partial, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(partial);
  verifyAndPublish(partial, target, knownMigrations);
}
