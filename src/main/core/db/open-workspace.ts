import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
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

function backupFileName(file: string, now: Date, fromVersion: number): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${file}.v${fromVersion}-${stamp}.bak`;
}

/**
 * Opens (creating if needed) a workspace file, backs it up when migrations are pending, and
 * applies every migration before anything reads from it.
 */
export function openWorkspace({ file, migrationsDir, now }: OpenWorkspaceOptions): Workspace {
  const journal = readJournal(migrationsDir);
  const inMemory = file === ':memory:';
  if (!inMemory) mkdirSync(dirname(file), { recursive: true });
  const existed = !inMemory && existsSync(file);

  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // Imports insert into large indexes; a 64 MB page cache keeps them in memory (allocated only as used).
    sqlite.pragma('cache_size = -65536');

    const applied = appliedMigrationCount(sqlite);
    let backupPath: string | null = null;
    if (existed && applied < journal.entries.length && applied > 0) {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      backupPath = backupFileName(file, now(), applied);
      copyFileSync(file, backupPath);
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
    throw error;
  }
}
