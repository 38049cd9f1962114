import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli-in-process';
import { tempDir } from '../../helpers/temp-workspace';

let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'cli.sqlite');
});
afterEach(() => cleanup());

async function addClient(): Promise<number> {
  const run = await cli('clients', 'add', '--db', db, '--json', '--name', 'Northpeak Gear', '--language', 'en-US', '--currency', 'USD');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { id: number }).id;
}

describe('storefleet CLI', () => {
  it('prints help and exits 0', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/clients[\s\S]*stores[\s\S]*demo[\s\S]*serve/);
  });

  it('exits 2 on wrong usage: an unknown command, a missing --db, a non-numeric id', async () => {
    expect((await cli('teleport')).code).toBe(2);
    const missingDb = await cli('clients', 'list');
    expect(missingDb.code).toBe(2);
    expect(missingDb.stderr).toMatch(/--db/);
    const badId = await cli('clients', 'archive', 'abc', '--db', db);
    expect(badId.code).toBe(2);
    expect(badId.stderr).toMatch(/"abc" is not an id/);
  });

  it('creates the workspace when missing and lists clients as JSON', async () => {
    const run = await cli('clients', 'list', '--db', db, '--json');
    expect(run).toMatchObject({ code: 0, stdout: '[]\n' });
    expect(existsSync(db)).toBe(true);
  });

  it('adds, updates, archives and restores a client', async () => {
    const id = await addClient();
    const updated = await cli('clients', 'update', String(id), '--db', db, '--notes', 'pays on time');
    expect(updated).toMatchObject({ code: 0, stdout: `Updated client ${id}: Northpeak Gear\n` });
    expect((await cli('clients', 'archive', String(id), '--db', db)).code).toBe(0);
    expect((await cli('clients', 'list', '--db', db)).stdout).toBe('(none)\n');
    expect((await cli('clients', 'restore', String(id), '--db', db)).code).toBe(0);
    const table = await cli('clients', 'list', '--db', db);
    expect(table.stdout).toMatch(/^ID\s+NAME\s+LANGUAGE/);
    expect(table.stdout).toContain('Northpeak Gear');
  });

  it('refuses bad client input with exit 1, naming each field, and writes nothing', async () => {
    const run = await cli('clients', 'add', '--db', db, '--name', ' ', '--language', 'fr', '--currency', 'usd', '--email', 'nope');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Invalid input:');
    for (const field of ['name', 'language', 'reportingCurrency', 'contactEmail']) expect(run.stderr).toContain(`- ${field}:`);
    expect((await cli('clients', 'list', '--db', db, '--json')).stdout).toBe('[]\n');
  });

  it('adds a store with marketplace defaults and refuses a duplicate seller id with exit 1', async () => {
    const clientId = String(await addClient());
    const args = ['stores', 'add', '--db', db, '--client', clientId, '--name', 'Northpeak JP', '--platform', 'amazon', '--marketplace', 'JP', '--seller-id', 'A3NORTH'];
    const added = await cli(...args, '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ timeZone: 'Asia/Tokyo', currency: 'JPY', stage: 'growth', status: 'active' });
    const duplicate = await cli(...args);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('amazon JP seller id A3NORTH is already used by store "Northpeak JP" of client "Northpeak Gear"');
    expect(JSON.parse((await cli('stores', 'list', '--db', db, '--json')).stdout)).toHaveLength(1);
  });

  it('refuses a store for a client id that is not a number or does not exist', async () => {
    const base = ['stores', 'add', '--db', db, '--name', 'X', '--platform', 'amazon', '--marketplace', 'US', '--seller-id', 'A1'];
    const notNumber = await cli(...base, '--client', 'first');
    expect(notNumber.code).toBe(1);
    expect(notNumber.stderr).toMatch(/clientId:/);
    const missing = await cli(...base, '--client', '77');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('clientId: client 77 does not exist');
  });

  it('writes a deterministic demo workspace and lists its stores as JSON', async () => {
    const demo = await cli('demo', '--db', db, '--clients', '3', '--stores', '6', '--days', '10', '--seed', '5', '--end', '2026-11-19');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/3 clients, 6 stores, \d+ metric snapshots/);
    const stores = JSON.parse((await cli('stores', 'list', '--db', db, '--json')).stdout) as { platform: string }[];
    expect(stores).toHaveLength(6);

    const again = join(dir, 'again.sqlite');
    await cli('demo', '--db', again, '--clients', '3', '--stores', '6', '--days', '10', '--seed', '5', '--end', '2026-11-19');
    const againStores = JSON.parse((await cli('stores', 'list', '--db', again, '--json')).stdout) as { sellerId: string }[];
    expect(againStores.map((s) => s.sellerId)).toEqual((stores as unknown as { sellerId: string }[]).map((s) => s.sellerId));
  });

  it('refuses demo options that make no sense and a second demo run', async () => {
    const bad = await cli('demo', '--db', db, '--days', '0', '--end', 'yesterday');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/demo\.days[\s\S]*demo\.endDate/);
    expect((await cli('demo', '--db', db, '--stores', '2', '--days', '2')).code).toBe(0);
    const second = await cli('demo', '--db', db);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already has clients');
  });

  it('refuses a workspace file that is not a database with exit 1', async () => {
    const notDb = join(dir, 'notes.txt');
    writeFileSync(notDb, 'hello');
    const run = await cli('clients', 'list', '--db', notDb);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/notes.txt: this file is not a Storefleet workspace .*Nothing was changed/);
  });
});

describe('storefleet KPI commands', () => {
  it('prints the matrix, alerts and a snapshot history of the demo workspace as JSON', async () => {
    expect((await cli('demo', '--db', db, '--clients', '3', '--stores', '10', '--days', '40', '--end', '2026-11-19')).code).toBe(0);
    const matrix = JSON.parse((await cli('matrix', '--db', db, '--json')).stdout) as { storeId: number; healthScore: number; cells: { metricKey: string; status: string }[] }[];
    expect(matrix).toHaveLength(10);
    expect(matrix.some((row) => row.healthScore < 100)).toBe(true);
    const alerts = JSON.parse((await cli('alerts', '--db', db, '--status', 'open', '--json')).stdout) as { kind: string }[];
    expect(alerts.some((a) => a.kind === 'breach')).toBe(true);
    const amazon = matrix.find((row) => row.cells.some((c) => c.metricKey === 'amazon.odr_mfn' && c.status !== 'no_data'))!;
    const history = JSON.parse((await cli('snapshots', '--db', db, '--store', String(amazon.storeId), '--metric', 'amazon.odr_mfn', '--json')).stdout) as unknown[];
    expect(history.length).toBeGreaterThan(0);
  });

  it('refuses an unknown metric and a bad platform, naming them', async () => {
    const unknown = await cli('snapshots', '--db', db, '--store', '1', '--metric', 'amazon.mood');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Store 1 does not exist|amazon\.mood/);
    const platform = await cli('matrix', '--db', db, '--platform', 'ebay');
    expect(platform.code).toBe(2);
    expect(platform.stderr).toContain('"ebay" is not one of');
  });
});

describe('storefleet import', () => {
  const fixtures = join(__dirname, '../../fixtures/imports');

  async function amazonStores(): Promise<string> {
    const clientId = String(await addClient());
    for (const [name, market] of [['US Flagship', 'US'], ['JP Store', 'JP']]) {
      await cli('stores', 'add', '--db', db, '--client', clientId, '--name', name!, '--platform', 'amazon', '--marketplace', market!, '--seller-id', 'A1LUMORA');
    }
    return (JSON.parse((await cli('stores', 'list', '--db', db, '--json')).stdout) as { id: number }[])[0]!.id.toString();
  }

  it('imports report files and says how many records went in, then refuses the same file as a duplicate', async () => {
    const store = await amazonStores();
    const file = join(fixtures, 'seller-performance-us-jp.json.gz');
    const first = await cli('import', file, '--db', db, '--store', store);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/seller-performance-us-jp\.json\.gz: imported \d+ records as batch 1/);
    const again = await cli('import', file, '--db', db, '--store', store, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject([{ status: 'duplicate', batchId: 1 }]);
  });

  it('exits 1 for a file with bad cells, listing line, column and value, and writes nothing', async () => {
    await amazonStores();
    const run = await cli('import', join(fixtures, 'long-bad-cells.csv'), '--db', db);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('long-bad-cells.csv: rejected, nothing written');
    expect(run.stderr).toContain('line 2, date, "2026-02-30"');
    expect((await cli('alerts', '--db', db, '--status', 'all', '--json')).stdout).toBe('[]\n');
  });

  it('exits 1 for a missing file and names it', async () => {
    const run = await cli('import', join(dir, 'nope.csv'), '--db', db);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nope.csv: no such file');
  });
});
