import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

/** Another process that holds a write transaction on the file for `holdMs`, then commits. */
function holdWriteLock(file: string, holdMs: number): Promise<ChildProcess> {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.pragma('journal_mode = WAL');
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('held', 'yes')").run();
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ['-e', script, file, String(holdMs)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

function backend(): TestBackend {
  const b = openTestBackend();
  cleanups.push(() => b.dispose());
  return b;
}

const acme = { name: 'Acme', language: 'en-US', reportingCurrency: 'USD' } as const;

describe('a workspace another process is writing to', () => {
  it('waits out a short write (busy_timeout) and then writes', async () => {
    const b = backend();
    await holdWriteLock(b.file, 300);
    expect((await b.api.handle('clients.create', acme)).ok).toBe(true);
    expect(b.ctx.workspace.sqlite.prepare("SELECT value FROM workspace_meta WHERE key = 'held'").pluck().get()).toBe('yes');
  });

  it('answers "busy, nothing changed" when the other write outlasts the wait', async () => {
    const b = backend();
    b.ctx.workspace.sqlite.pragma('busy_timeout = 200');
    await holdWriteLock(b.file, 5000);
    const answer = await b.api.handle('clients.create', acme);
    expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable', details: { reason: 'busy' } } });
    expect(JSON.stringify(answer)).toMatch(/busy: another Storefleet process is writing/);
    expect(countRows(b, 'clients')).toBe(0);
  });
});
