import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '@shared/api/app-error';

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface WorkspaceFileFacts {
  /** Migrations recorded in the file; 0 for an empty (brand-new) database. */
  schemaVersion: number;
}

export type IntegrityDepth = 'quick' | 'full';

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function refuse(file: string, reason: string, message: string): AppError {
  return new AppError('invalid_input', `${file}: ${message}`, { file, reason });
}

function countMigrations(sqlite: Database.Database): number | null {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (tables.length === 0) return 0;
  if (!tables.includes('__drizzle_migrations') || !tables.includes('workspace_meta')) return null;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

/**
 * Reads an existing file without changing it and refuses, with a message a user can act on, a
 * file that is not a SQLite database, not a Storefleet workspace, damaged, or written by a newer
 * Storefleet (its schema has migrations this build does not know).
 * `quick` runs SQLite's quick_check (fast enough for every open); `full` runs integrity_check.
 */
export function inspectWorkspaceFile(file: string, knownMigrations: number, depth: IntegrityDepth): WorkspaceFileFacts {
  if (statSync(file).size === 0) return { schemaVersion: 0 };
  if (readHeader(file) !== SQLITE_HEADER) {
    throw refuse(file, 'not_a_database', 'this file is not a Storefleet workspace (it is not a SQLite database at all). Nothing was changed.');
  }
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const problems = sqlite.pragma(depth === 'full' ? 'integrity_check(20)' : 'quick_check(20)', { simple: false }) as Record<string, string>[];
    const findings = problems.map((row) => Object.values(row)[0]).filter((text) => text !== 'ok');
    if (findings.length > 0) {
      throw refuse(file, 'damaged', `the workspace is damaged (${findings.slice(0, 3).join('; ')}). Nothing was changed; restore it from a backup.`);
    }
    const schemaVersion = countMigrations(sqlite);
    if (schemaVersion === null) {
      throw refuse(file, 'not_a_workspace', 'this SQLite database is not a Storefleet workspace. Nothing was changed.');
    }
    if (schemaVersion > knownMigrations) {
      throw refuse(
        file,
        'newer_version',
        `this workspace was written by a newer Storefleet (schema ${schemaVersion}, this version knows ${knownMigrations}). Nothing was changed; update Storefleet to open it.`,
      );
    }
    return { schemaVersion };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // SQLite reports a mangled header or page as SQLITE_CORRUPT / SQLITE_NOTADB while reading.
    const detail = error instanceof Error ? error.message : String(error);
    throw refuse(file, 'damaged', `the workspace is damaged (${detail}). Nothing was changed; restore it from a backup.`);
  } finally {
    sqlite?.close();
  }
}
