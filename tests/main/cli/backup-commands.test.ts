import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli-in-process';
import { openBackend } from '../../../src/main/api/open-backend';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/temp-workspace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function scratch(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

function clientNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT name FROM clients ORDER BY name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('storefleet backup / restore', () => {
  it('backs up to --out, then restores it after the workspace changed, keeping the changed one aside', async () => {
    const dir = scratch();
    const db = join(dir, 'ws.sqlite');
    const out = join(dir, 'copy.sqlite');
    expect((await cli('clients', 'add', '--db', db, '--name', 'Before', '--language', 'en-US', '--currency', 'USD')).code).toBe(0);
    const backedUp = await cli('backup', '--db', db, '--out', out);
    expect(backedUp).toMatchObject({ code: 0, stderr: '' });
    expect(backedUp.stdout).toMatch(/integrity check passed/);
    await cli('clients', 'add', '--db', db, '--name', 'After', '--language', 'en-US', '--currency', 'USD');

    const restored = await cli('restore', '--db', db, '--from', out, '--json');
    expect(restored.code).toBe(0);
    const { safetyCopy } = JSON.parse(restored.stdout) as { safetyCopy: string };
    expect(clientNames(db)).toEqual(['Before']);
    expect(clientNames(safetyCopy)).toEqual(['After', 'Before']);
    const listed = await cli('backups', '--db', db, '--json');
    expect((JSON.parse(listed.stdout) as { kind: string }[]).map((b) => b.kind)).toEqual(['pre-restore']);
  });

  it('refuses to overwrite an existing --out file', async () => {
    const dir = scratch();
    const out = join(dir, 'taken.sqlite');
    writeFileSync(out, 'precious');
    const run = await cli('backup', '--db', join(dir, 'ws.sqlite'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/already exists/);
  });

  it('refuses to restore a file that is not a workspace, leaving the workspace alone', async () => {
    const dir = scratch();
    const db = join(dir, 'ws.sqlite');
    await cli('clients', 'add', '--db', db, '--name', 'Kept', '--language', 'en-US', '--currency', 'USD');
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'garbage');
    const run = await cli('restore', '--db', db, '--from', junk);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a Storefleet workspace.*Nothing was changed/);
    expect(clientNames(db)).toEqual(['Kept']);
    expect(existsSync(`${db}.backups`)).toBe(false);
  });
});

describe('storefleet import size limit', () => {
  it('refuses a file over the workspace limit before reading it', async () => {
    const dir = scratch();
    const db = join(dir, 'ws.sqlite');
    const backend = openBackend({ file: db, migrationsDir: MIGRATIONS_DIR, actor: 'test', about: { name: 'Storefleet', version: 't', host: 'cli', runtime: 't' } });
    backend.api.call('settings.update', { maxImportMegabytes: 1 });
    backend.close();
    const big = join(dir, 'big.csv');
    writeFileSync(big, `store,metric,date,value\n${'x,amazon.sessions,2026-10-31,1\n'.repeat(40_000)}`);
    const run = await cli('import', big, '--db', db);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/big\.csv is 1\.\d MB; files over 1 MB are refused before reading/);
  });
});
