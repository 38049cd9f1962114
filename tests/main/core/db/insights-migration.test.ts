import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../../src/main/core/db/open-workspace';
import { FIXED_NOW, MIGRATIONS_DIR, tempDir } from '../../../helpers/temp-workspace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

/** The migrations as shipped before the insights tables: 0000 and 0001 only. */
function migrationsBeforeInsights(dir: string): string {
  const older = join(dir, 'migrations-0001');
  cpSync(MIGRATIONS_DIR, older, { recursive: true });
  const journalPath = join(older, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const kept = journal.entries.filter((e) => e.tag === '0000_foundation' || e.tag === '0001_kpi_engine');
  for (const entry of journal.entries.filter((e) => !kept.includes(e))) rmSync(join(older, `${entry.tag}.sql`));
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: kept }));
  return older;
}

describe('migration 0002 (column sets and annotations)', () => {
  it('upgrades a workspace made before it, keeping its data, its backup and the WITHOUT ROWID snapshots table', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = join(dir, 'old.sqlite');
    const now = () => FIXED_NOW;

    const old = openWorkspace({ file, migrationsDir: migrationsBeforeInsights(dir), now });
    expect(old.schemaVersion).toBe(2);
    old.sqlite.exec(`
      INSERT INTO clients (name, language, reporting_currency, created_at, updated_at) VALUES ('Northpeak', 'en-US', 'USD', 'x', 'x');
      INSERT INTO stores (client_id, display_name, platform, marketplace, seller_id, currency, time_zone, stage, status, created_at, updated_at)
        VALUES (1, 'Northpeak US', 'amazon', 'US', 'A1', 'USD', 'America/Los_Angeles', 'mature', 'active', 'x', 'x');
      INSERT INTO metric_snapshots (store_id, metric_key, value, window_from, window_to, import_batch_id)
        VALUES (1, 'amazon.odr_mfn', 0.004, '2026-09-21', '2026-11-19', 1);`);
    old.close();

    const upgraded = openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now });
    cleanups.unshift(() => upgraded.close());
    const shipped = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    expect(upgraded.schemaVersion).toBe(shipped.entries.length);
    expect(upgraded.backupPath).not.toBeNull();
    const { sqlite } = upgraded;
    expect(sqlite.prepare('SELECT value FROM metric_snapshots').pluck().get()).toBe(0.004);
    expect(sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'metric_snapshots'").pluck().get()).toMatch(/WITHOUT ROWID/);

    sqlite.prepare("INSERT INTO annotations (store_id, date, text, actor, created_at, updated_at) VALUES (1, '2026-11-01', 'Switched carrier', 'test', 'x', 'x')").run();
    expect(() =>
      sqlite.prepare("INSERT INTO annotations (store_id, date, text, actor, created_at, updated_at) VALUES (99, '2026-11-01', 'orphan', 'test', 'x', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
    sqlite.prepare("INSERT INTO column_sets (name, metric_keys, created_at, updated_at) VALUES ('Shipping', '[]', 'x', 'x')").run();
    expect(() => sqlite.prepare("INSERT INTO column_sets (name, metric_keys, created_at, updated_at) VALUES ('SHIPPING', '[]', 'x', 'x')").run()).toThrow(
      /UNIQUE/,
    );
  });
});
