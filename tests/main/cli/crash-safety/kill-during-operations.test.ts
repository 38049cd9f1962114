import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectWorkspaceFile } from '../../../../src/main/core/backups/inspect-workspace-file';
import { openWorkspace } from '../../../../src/main/core/db/open-workspace';
import { FIXED_NOW, MIGRATIONS_DIR, tempDir } from '../../../helpers/temp-workspace';
import { requireBuiltCli, runCliAndKill, seededRandom } from './kill-process';

/**
 * SIGKILL at random moments of four long operations, each on a fresh copy of the same workspace.
 * Every trial must leave a workspace that opens, passes integrity_check and holds all of the
 * operation or none of it. STOREFLEET_KILL_TRIALS raises the count (default 12 per operation);
 * STOREFLEET_KILL_SEED replays a run.
 */
const TRIALS = Number(process.env.STOREFLEET_KILL_TRIALS ?? 10);
const SEED = Number(process.env.STOREFLEET_KILL_SEED ?? Date.now() % 2 ** 31);
const random = seededRandom(SEED);
const KNOWN_MIGRATIONS = (JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
const IMPORT_ROWS = 3 * 2000;

const scratch = tempDir('storefleet-kill-');
const base = join(scratch.dir, 'base.sqlite');
const oldBase = join(scratch.dir, 'old-base.sqlite');
const bigCsv = join(scratch.dir, 'big.csv');
let startupMs = 0;
const outcomes: Record<string, { trials: number; killed: number; all: number; none: number }> = {};

function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Opens the file as a crashed process left it (SQLite rolls back a hot journal here), checks it, reads counts. */
function survivor(file: string): { migrations: number; batches: number; snapshots: number; clients: number } {
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return { migrations: count(db, '__drizzle_migrations'), batches: count(db, 'import_batches'), snapshots: count(db, 'metric_snapshots'), clients: count(db, 'clients') };
  } finally {
    db.close();
  }
}

function opensAsWorkspace(file: string): void {
  openWorkspace({ file, migrationsDir: MIGRATIONS_DIR, now: () => FIXED_NOW }).close();
}

function trialCopy(name: string, from = base): string {
  const dir = join(scratch.dir, name);
  mkdirSync(dir);
  cpSync(from, join(dir, 'ws.sqlite'));
  return join(dir, 'ws.sqlite');
}

async function trials(
  operation: string,
  args: (file: string, dir: string) => string[],
  check: (file: string, dir: string) => 'all' | 'none',
  from = base,
): Promise<void> {
  const reference = trialCopy(`${operation}-reference`, from);
  const { elapsedMs } = await runCliAndKill(args(reference, join(reference, '..')), Infinity);
  expect(check(reference, join(reference, '..'))).toBe('all');
  const tally = (outcomes[operation] = { trials: 0, killed: 0, all: 0, none: 0 });
  for (let i = 0; i < TRIALS; i += 1) {
    const file = trialCopy(`${operation}-${i}`, from);
    const dir = join(file, '..');
    // Anywhere from the end of Node's start-up to a little past the undisturbed run's end.
    const earliest = Math.min(startupMs * 0.8, elapsedMs);
    const run = await runCliAndKill(args(file, dir), Math.round(earliest + random() * (elapsedMs * 1.05 - earliest)));
    const outcome = check(file, dir);
    opensAsWorkspace(file);
    tally.trials += 1;
    tally.killed += run.killed ? 1 : 0;
    tally[outcome] += 1;
  }
  expect(tally.all + tally.none).toBe(TRIALS);
}

beforeAll(async () => {
  requireBuiltCli();
  startupMs = (await runCliAndKill(['--version'], Infinity)).elapsedMs;
  await runCliAndKill(['demo', '--db', base, '--clients', '1', '--stores', '1', '--days', '1', '--end', '2026-11-19'], Infinity);
  const lines = ['store,metric,date,value'];
  for (let day = 0; day < IMPORT_ROWS / 3; day += 1) {
    const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    for (const metric of ['amazon.sessions', 'amazon.page_views', 'amazon.units_ordered']) lines.push(`Lumora Amazon US,${metric},${date},${(day % 500) + 10}`);
  }
  writeFileSync(bigCsv, `${lines.join('\n')}\n`);
  // A workspace of the first Storefleet version, with data, for the migration trials.
  const firstOnly = join(scratch.dir, 'migrations-v1');
  cpSync(MIGRATIONS_DIR, firstOnly, { recursive: true });
  const journalPath = join(firstOnly, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.idx === 0) }));
  const old = openWorkspace({ file: oldBase, migrationsDir: firstOnly, now: () => FIXED_NOW });
  // Enough history that rebuilding metric_snapshots (migration 0001) takes a while to interrupt.
  old.sqlite.exec(`
    INSERT INTO clients (name, language, reporting_currency, created_at, updated_at) VALUES ('Old client', 'en-US', 'USD', 'x', 'x');
    INSERT INTO stores (client_id, display_name, platform, marketplace, seller_id, currency, time_zone, stage, status, created_at, updated_at)
      VALUES (1, 's', 'amazon', 'US', 'A1', 'USD', 'America/Los_Angeles', 'mature', 'active', 'x', 'x');
    INSERT INTO import_batches (source, source_name, actor, created_at) VALUES ('file', 'f.csv', 'cli', 'x');
    WITH RECURSIVE day(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM day WHERE n < 59999)
    INSERT INTO metric_snapshots (store_id, metric_key, value, window_from, window_to, source, import_batch_id, recorded_at)
      SELECT 1, 'amazon.sessions', n, date('2000-01-01', '+' || n || ' days'), date('2000-01-01', '+' || n || ' days'), 'file', 1, 'x' FROM day;`);
  old.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  old.close();
}, 60_000);

afterAll(() => {
  console.info(`kill -9 trials (seed ${SEED}): ${JSON.stringify(outcomes)}`);
  scratch.cleanup();
});

describe('SIGKILL in the middle of an operation leaves all of it or none of it', () => {
  const before = () => survivor(base);

  it('an import of 6,000 rows', async () => {
    const start = before();
    await trials('import', (file) => ['import', '--db', file, bigCsv], (file) => {
      const after = survivor(file);
      if (after.batches === start.batches && after.snapshots === start.snapshots) return 'none';
      expect(after.batches).toBe(start.batches + 1);
      expect(after.snapshots).toBe(start.snapshots + IMPORT_ROWS);
      return 'all';
    });
  }, 300_000);

  it('a matrix export to XLSX', async () => {
    await trials('export', (file, dir) => ['kpi', 'export', '--db', file, '--out', join(dir, 'matrix.xlsx'), '--preset', 'amazon_account_health'], (file, dir) => {
      survivor(file);
      const out = join(dir, 'matrix.xlsx');
      if (!existsSync(out)) return 'none';
      // A complete XLSX is a ZIP whose end-of-central-directory record closes the file.
      const bytes = readFileSync(out);
      expect(bytes.subarray(-22, -18).toString('hex')).toBe('504b0506');
      return 'all';
    });
  }, 300_000);

  it('a backup', async () => {
    const start = before();
    await trials('backup', (file, dir) => ['backup', '--db', file, '--out', join(dir, 'copy.sqlite')], (file, dir) => {
      expect(survivor(file)).toEqual(start);
      const out = join(dir, 'copy.sqlite');
      if (!existsSync(out)) return 'none';
      inspectWorkspaceFile(out, KNOWN_MIGRATIONS, 'full');
      expect(survivor(out)).toEqual(start);
      expect(readdirSync(dir).filter((n) => n.startsWith('copy.sqlite'))).toEqual(['copy.sqlite']);
      return 'all';
    });
  }, 300_000);

  it('a migration from the first schema to the current one', async () => {
    await trials('migration', (file) => ['clients', 'list', '--db', file], (file) => {
      const after = survivor(file);
      expect(after.clients).toBe(1);
      expect(after.snapshots).toBe(60_000);
      if (after.migrations === 1) return 'none';
      expect(after.migrations).toBe(KNOWN_MIGRATIONS);
      return 'all';
    }, oldBase);
  }, 300_000);
});
