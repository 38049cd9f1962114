import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { BACKUP_FOLDER_KEY, defaultBackupFolder, takeBackupSync } from '../backups/backup-folder';
import { inspectWorkspaceFile } from '../backups/inspect-workspace-file';
import { busyWorkspaceError } from './busy-error';
import * as schema from './schema';

export type WorkspaceDb = BetterSQLite3Database<typeof schema>;

export interface Workspace {
  /** Absolute path of the SQLite file, or ":memory:". */
  readonly path: string;
  readonly db: WorkspaceDb;
  readonly sqlite: Database.Database;
  /** Number of migrations applied: the schema version. */
  readonly schemaVersion: number;
  /** File written before migrating an existing workspace, if any. */
  readonly backupPath: string | null;
  close(): void;
}

export interface OpenWorkspaceOptions {
  file: string;
  /** Folder holding drizzle-kit's migrations (`resources/migrations`). */
  migrationsDir: string;
  now: () => Date;
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

function readJournal(migrationsDir: string): Journal {
  const journalPath = join(migrationsDir, 'meta', '_journal.json');
  if (!existsSync(journalPath)) {
    throw new Error(`Migrations not found: ${journalPath} is missing`);
  }
  return JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
}

function appliedMigrationCount(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

/** The folder the user chose for backups (kept in the workspace itself), else the default beside the file. */
function backupFolderOf(sqlite: Database.Database, file: string): string {
  const row = sqlite.prepare('SELECT value FROM workspace_meta WHERE key = ?').get(BACKUP_FOLDER_KEY) as { value: string } | undefined;
  return row?.value ?? defaultBackupFolder(file);
}

/**
 * Opens (creating if needed) a workspace file, backs it up when migrations are pending, and
 * applies every migration before anything reads from it. A file that is not a workspace, is
 * damaged or comes from a newer Storefleet is refused with an AppError before anything is written.
 */
export function openWorkspace({ file, migrationsDir, now }: OpenWorkspaceOptions): Workspace {
  const journal = readJournal(migrationsDir);
  const inMemory = file === ':memory:';
  if (!inMemory) mkdirSync(dirname(file), { recursive: true });
  const existed = !inMemory && existsSync(file);
  if (existed) inspectWorkspaceFile(file, journal.entries.length, 'quick');

  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // Waits out another process's short write; a longer one ends in busyWorkspaceError's message.
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // 16 MB of page cache, allocated only as used: imports write in key order, so few pages are hot at
    // once, and a larger cache measured no faster for imports, the matrix or a store's series.
    sqlite.pragma('cache_size = -16384');

    const applied = appliedMigrationCount(sqlite);
    let backupPath: string | null = null;
    if (existed && applied < journal.entries.length && applied > 0) {
      const target = { workspaceFile: file, folder: backupFolderOf(sqlite, file), now, knownMigrations: applied };
      backupPath = takeBackupSync(sqlite, target, 'pre-migration').file;
    }

    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: migrationsDir });

    return {
      path: file,
      db,
      sqlite,
      schemaVersion: appliedMigrationCount(sqlite),
      backupPath,
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw busyWorkspaceError(error, file) ?? error;
  }
}
