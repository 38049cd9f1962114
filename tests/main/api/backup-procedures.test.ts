import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIXED_NOW, openTestBackend, tempDir, type TestBackend } from '../../helpers/temp-workspace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function backend(): TestBackend {
  const b = openTestBackend(() => FIXED_NOW);
  cleanups.push(() => b.dispose());
  return b;
}

function clientNames(b: TestBackend): string[] {
  return b.api.call('clients.list', { includeArchived: true }).map((c) => c.name).sort();
}

describe('backup procedures', () => {
  it('lists, creates and moves backups, telling whether the folder is the default one', async () => {
    const b = backend();
    expect(b.api.call('backups.list')).toEqual({ folder: `${b.file}.backups`, isDefaultFolder: true, backups: [] });
    const made = await b.api.call('backups.create');
    expect(made).toMatchObject({ kind: 'manual', takenAt: FIXED_NOW.toISOString() });
    expect(b.api.call('backups.list').backups).toEqual([made]);
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    expect(b.api.call('backups.setFolder', { folder: dir })).toEqual({ folder: dir, isDefaultFolder: false, backups: [] });
  });

  it('restores a backup into the open workspace after backing up the current state', async () => {
    const b = backend();
    b.api.call('clients.create', { name: 'Before', language: 'en-US', reportingCurrency: 'USD' });
    const made = await b.api.call('backups.create');
    b.api.call('clients.create', { name: 'After', language: 'en-US', reportingCurrency: 'USD' });
    const changedEntities: string[] = [];
    b.ctx.events.subscribe((event, payload) => event === 'workspace.changed' && changedEntities.push((payload as { entity: string }).entity));

    const result = await b.api.call('backups.restore', { file: made.file });
    expect(clientNames(b)).toEqual(['Before']);
    expect(changedEntities).toContain('clients');
    const safety = new Database(result.safetyCopy!, { readonly: true });
    expect(safety.prepare('SELECT name FROM clients ORDER BY name').pluck().all()).toEqual(['After', 'Before']);
    safety.close();
    expect(b.ctx.workspace.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses to restore a file that is not one of the listed backups', async () => {
    const b = backend();
    await expect(b.api.call('backups.restore', { file: '/etc/passwd' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('daily backups while a host runs', () => {
  it('takes the first one shortly after start and then only once a day', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    try {
      const b = backend();
      b.startDailyBackups();
      await vi.advanceTimersByTimeAsync(30_000);
      await vi.waitFor(() => expect(b.api.call('backups.list').backups.map((x) => x.kind)).toEqual(['daily']));
      await vi.advanceTimersByTimeAsync(5 * 3_600_000);
      expect(b.api.call('backups.list').backups).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
