import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run-cli';
import { AMAZON_SECRETS, startFakeAmazon, type FakeAmazon } from '../../helpers/fake-apis/fake-amazon';
import { FIXED_NOW, MIGRATIONS_DIR, tempDir } from '../../helpers/temp-workspace';
import { hasSecretService } from '../core/credentials/keychain-support';

const FIXTURES = join(__dirname, '../../fixtures/imports');

async function cli(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    migrationsDir: MIGRATIONS_DIR,
    rendererDir: resolve(__dirname, '../../../out/renderer'),
    version: '0.0.0-test',
    now: () => FIXED_NOW,
    readStdin: () => Promise.resolve(stdin),
  });
  return { code, stdout, stderr };
}

let db: string;
let cleanup: () => void;
let fake: FakeAmazon;
beforeEach(async () => {
  const dir = tempDir();
  cleanup = dir.cleanup;
  db = join(dir.dir, 'w.sqlite');
  fake = await startFakeAmazon({ statuses: {}, documents: {
    GET_V2_SELLER_PERFORMANCE_REPORT: readFileSync(join(FIXTURES, 'seller-performance-us-jp.json')),
    GET_SALES_AND_TRAFFIC_REPORT: readFileSync(join(FIXTURES, 'sales-traffic-us.json')),
  } });
});
afterEach(async () => {
  await fake.close();
  cleanup();
});

describe.skipIf(!hasSecretService)('storefleet credentials and sync', () => {
  it('takes secrets from stdin, lists them without values, syncs once against --endpoint and removes them', async () => {
    await cli(['clients', 'add', '--db', db, '--name', 'Lumora', '--language', 'zh-CN', '--currency', 'CNY']);
    for (const market of ['US', 'JP']) {
      await cli(['stores', 'add', '--db', db, '--client', '1', '--name', `Lumora ${market}`, '--platform', 'amazon', '--marketplace', market, '--seller-id', 'A1LUMORA']);
    }
    for (const [name, secret] of Object.entries(AMAZON_SECRETS)) {
      const set = await cli(['credentials', 'set', '--db', db, '--store', '1', '--provider', 'amazon', '--name', name], `${secret}\n`);
      expect(set.stdout).toMatch(new RegExp(`stored amazon ${name} for store 1 in the OS keychain`));
    }
    const list = await cli(['credentials', 'list', '--db', db]);
    expect(list.stdout).toMatch(/client_secret/);
    expect(list.stdout).not.toContain(AMAZON_SECRETS.client_secret);

    const sync = await cli(['sync', '--db', db, '--store', '1', '--endpoint', fake.url]);
    expect(sync).toMatchObject({ code: 0, stdout: expect.stringMatching(/store 1: synced, \d+ records in 2 new batches/) });

    for (const id of ['1', '2', '3']) expect((await cli(['credentials', 'remove', '--db', db, id])).code).toBe(0);
    expect((await cli(['credentials', 'list', '--db', db])).stdout).toBe('(none)\n');
  });

  it('refuses an empty stdin instead of storing nothing', async () => {
    const run = await cli(['credentials', 'set', '--db', db, '--store', '1', '--provider', 'amazon', '--name', 'client_secret'], '\n');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/no secret arrived on standard input/);
  });
});
