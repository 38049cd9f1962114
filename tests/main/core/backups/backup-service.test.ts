import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, restoreBackup } from '../../../../src/main/core/backups/backup-folder';
import { backupIfDue, createBackup, listWorkspaceBackups } from '../../../../src/main/core/backups/backup-service';
import { backupFolder, setBackupFolder } from '../../../../src/main/core/backups/backup-settings';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { FIXED_NOW, openTestBackend, tempDir, type TestBackend } from '../../../helpers/temp-workspace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function addClient(backend: TestBackend, name: string): void {
  backend.api.call('clients.create', { name, language: 'en-US', reportingCurrency: 'USD' });
}

let clock = FIXED_NOW;
function backendWithClock(): TestBackend {
  clock = FIXED_NOW;
  const backend = openTestBackend(() => clock);
  cleanups.push(() => backend.dispose());
  return backend;
}

function clientNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT name FROM clients ORDER BY name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('writes a verified copy with the online backup API into the folder beside the workspace', async () => {
    const backend = backendWithClock();
    addClient(backend, 'Acme');
    const entry = await createBackup(backend.ctx);
    expect(entry.file.startsWith(`${backend.file}.backups`)).toBe(true);
    expect(entry.kind).toBe('manual');
    expect(clientNames(entry.file)).toEqual(['Acme']);
    // One self-contained file: no half-written copy, no -wal or -shm beside it.
    expect(readdirSync(backupFolder(backend.ctx))).toEqual([entry.fileName]);
  });

  it('takes the daily backup once a day, not on every start', async () => {
    const backend = backendWithClock();
    expect(await backupIfDue(backend.ctx)).not.toBeNull();
    clock = new Date(FIXED_NOW.getTime() + 3_600_000);
    expect(await backupIfDue(backend.ctx)).toBeNull();
    clock = new Date(FIXED_NOW.getTime() + 25 * 3_600_000);
    expect((await backupIfDue(backend.ctx))?.kind).toBe('daily');
    expect(listWorkspaceBackups(backend.ctx)).toHaveLength(2);
  });

  it('rotates as it goes: thirty days of daily backups leave at most 7 + 4 + 12 copies', async () => {
    const backend = backendWithClock();
    for (let day = 0; day < 30; day += 1) {
      clock = new Date(FIXED_NOW.getTime() + day * 86_400_000);
      await backupIfDue(backend.ctx);
    }
    const kept = listWorkspaceBackups(backend.ctx);
    expect(kept.length).toBeLessThan(30);
    expect(kept.length).toBeGreaterThanOrEqual(7);
  });

  it('writes to the folder the user chose and refuses a relative one', async () => {
    const backend = backendWithClock();
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    expect(setBackupFolder(backend.ctx, dir)).toBe(dir);
    const entry = await createBackup(backend.ctx);
    expect(entry.file.startsWith(dir)).toBe(true);
    expect(appErrorOf(() => setBackupFolder(backend.ctx, 'relative/place')).details?.issues?.[0]?.field).toBe('folder');
    expect(setBackupFolder(backend.ctx, null)).toBe(`${backend.file}.backups`);
  });
});

describe('restoring a backup', () => {
  it('backs up the current file first, verifies the chosen one, then swaps it in', async () => {
    const backend = backendWithClock();
    addClient(backend, 'Before');
    const entry = await createBackup(backend.ctx);
    addClient(backend, 'After');
    const target = { workspaceFile: backend.file, folder: backupFolder(backend.ctx), now: () => new Date(FIXED_NOW.getTime() + 60_000), knownMigrations: backend.ctx.workspace.schemaVersion };
    backend.close();

    const { safetyCopy } = await restoreBackup(target, entry.file);
    expect(clientNames(backend.file)).toEqual(['Before']);
    expect(clientNames(safetyCopy!)).toEqual(['After', 'Before']);
    expect(listBackups(backend.file, target.folder).map((b) => b.kind)).toEqual(['pre-restore', 'manual']);
    expect(existsSync(`${backend.file}.restoring`)).toBe(false);
  });

  it('refuses a damaged backup and leaves the workspace as it was', async () => {
    const backend = backendWithClock();
    addClient(backend, 'Kept');
    const target = { workspaceFile: backend.file, folder: backupFolder(backend.ctx), now: () => FIXED_NOW, knownMigrations: backend.ctx.workspace.schemaVersion };
    backend.close();
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const bogus = join(dir, 'bogus.sqlite');
    writeFileSync(bogus, 'not a backup');
    const before = readFileSync(backend.file);

    const error = await restoreBackup(target, bogus).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', details: { reason: 'not_a_database' } });
    expect(readFileSync(backend.file).equals(before)).toBe(true);
    expect(listBackups(backend.file, target.folder)).toEqual([]);
  });
});
