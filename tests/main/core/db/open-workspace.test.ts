import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../../src/main/core/db/open-workspace';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { FIXED_NOW, MIGRATIONS_DIR, tempDir } from '../../../helpers/temp-workspace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function scratch() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

const now = () => FIXED_NOW;

describe('openWorkspace', () => {
  it('creates a missing file with WAL, foreign keys and every migration applied', () => {
    const file = join(scratch(), 'nested', 'ws.sqlite');
    const ws = openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now });
    cleanups.unshift(() => ws.close());
    expect(existsSync(file)).toBe(true);
    expect(ws.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = ws.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['clients', 'stores', 'metric_snapshots', 'import_batches', 'audit_log', 'workspace_meta']),
    );
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    expect(ws.schemaVersion).toBe(journal.entries.length);
    expect(ws.backupPath).toBeNull();
  });

  it('reopens an up-to-date workspace without a backup', () => {
    const file = join(scratch(), 'ws.sqlite');
    openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now }).close();
    const again = openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now });
    again.close();
    expect(again.backupPath).toBeNull();
  });

  it('backs the file up before applying a pending migration', () => {
    const dir = scratch();
    const file = join(dir, 'ws.sqlite');
    const first = openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now });
    first.sqlite.prepare("INSERT INTO workspace_meta (key, value) VALUES ('marker', 'before')").run();
    first.close();

    const nextMigrations = join(dir, 'migrations');
    cpSync(MIGRATIONS_DIR, nextMigrations, { recursive: true });
    const journalPath = join(nextMigrations, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Record<string, unknown>[] };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: journal.entries.length, when: Number(last.when) + 1000, tag: '9999_test_extra' });
    writeFileSync(journalPath, JSON.stringify(journal));
    writeFileSync(join(nextMigrations, '9999_test_extra.sql'), 'CREATE TABLE test_extra (id integer PRIMARY KEY);');

    const migrated = openWorkspace({ file, migrationsDir: nextMigrations, now });
    migrated.close();
    expect(migrated.backupPath).toMatch(/ws\.sqlite\.backups\/ws-.*-pre-migration\.sqlite$/);
    expect(migrated.schemaVersion).toBe(journal.entries.length);

    const backup = new Database(migrated.backupPath!, { readonly: true });
    const tables = backup.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    const marker = backup.prepare("SELECT value FROM workspace_meta WHERE key = 'marker'").pluck().get();
    backup.close();
    expect(tables).not.toContain('test_extra');
    expect(marker).toBe('before');
  });

  it('names the missing journal when the migrations folder is wrong', () => {
    const file = join(scratch(), 'ws.sqlite');
    expect(() => openWorkspace({ file, migrationsDir: join(scratch(), 'nowhere'), now })).toThrow(/_journal\.json is missing/);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a file that is not a SQLite database and leaves it untouched', () => {
    const file = join(scratch(), 'notes.sqlite');
    writeFileSync(file, 'this is a text file, not a workspace');
    expect(() => openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now })).toThrow(/not a Storefleet workspace.*Nothing was changed/);
    expect(readFileSync(file, 'utf8')).toBe('this is a text file, not a workspace');
  });

  it('refuses a SQLite database of another program without touching it', () => {
    const file = join(scratch(), 'other.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE recipes (name text); INSERT INTO recipes VALUES ('soup');");
    other.close();
    const before = readFileSync(file);
    expect(appErrorOf(() => openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now })).details?.reason).toBe('not_a_workspace');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a workspace written by a newer Storefleet instead of running old code on a newer schema', () => {
    const file = join(scratch(), 'newer.sqlite');
    const ws = openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now });
    ws.sqlite.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 99999999999999)").run();
    ws.close();
    const before = readFileSync(file);
    const error = appErrorOf(() => openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now }));
    expect(error.details?.reason).toBe('newer_version');
    expect(error.message).toMatch(/newer Storefleet.*update Storefleet/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a damaged workspace and changes nothing, so it can still be rescued from a backup', () => {
    const file = join(scratch(), 'damaged.sqlite');
    const ws = openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now });
    ws.sqlite.exec("INSERT INTO workspace_meta (key, value) VALUES ('filler', hex(randomblob(20000)))");
    ws.close();
    const bytes = readFileSync(file);
    // Scribble over the pages after the header and the schema page: the b-tree pages of the data.
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(file, bytes);
    const error = appErrorOf(() => openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now }));
    expect(error.details?.reason).toBe('damaged');
    expect(error.message).toMatch(/damaged.*restore it from a backup/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('upgrades a workspace made by the first version, keeping its snapshots in the WITHOUT ROWID table', () => {
    const dir = scratch();
    const file = join(dir, 'old.sqlite');
    const firstOnly = join(dir, 'migrations-v1');
    cpSync(MIGRATIONS_DIR, firstOnly, { recursive: true });
    const journalPath = join(firstOnly, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.idx === 0) }));
    const old = openWorkspace({ file, migrationsDir: firstOnly, now });
    old.sqlite.exec(`
      INSERT INTO clients (name, language, reporting_currency, created_at, updated_at) VALUES ('c', 'en-US', 'USD', 'x', 'x');
      INSERT INTO stores (client_id, display_name, platform, marketplace, seller_id, currency, time_zone, stage, status, created_at, updated_at)
        VALUES (1, 's', 'amazon', 'US', 'A1', 'USD', 'America/Los_Angeles', 'mature', 'active', 'x', 'x');
      INSERT INTO import_batches (source, source_name, actor, created_at) VALUES ('file', 'f.csv', 'cli', 'x');
      INSERT INTO metric_snapshots (store_id, metric_key, value, window_from, window_to, source, import_batch_id, recorded_at)
        VALUES (1, 'amazon.odr_mfn', 0.004, '2026-09-01', '2026-10-30', 'file', 1, 'x');`);
    old.close();

    const upgraded = openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now });
    const table = upgraded.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'metric_snapshots'").pluck().get() as string;
    const rows = upgraded.sqlite.prepare('SELECT metric_key, value, import_batch_id FROM metric_snapshots').all();
    upgraded.close();
    expect(upgraded.backupPath).not.toBeNull();
    expect(table).toMatch(/WITHOUT ROWID/);
    expect(rows).toEqual([{ metric_key: 'amazon.odr_mfn', value: 0.004, import_batch_id: 1 }]);
  });
});
