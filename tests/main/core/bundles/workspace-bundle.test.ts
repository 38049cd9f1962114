import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '../../../../src/main/core/bundles/workspace-bundle';
import { FIXED_NOW, openTestBackend, tempDir, type TestBackend } from '../../../helpers/temp-workspace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function scratch(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

async function bundledWorkspace(): Promise<{ backend: TestBackend; bundle: string }> {
  const backend = openTestBackend();
  cleanups.push(() => backend.dispose());
  backend.api.call('clients.create', { name: 'Moved', language: 'ja-JP', reportingCurrency: 'JPY' });
  mkdirSync(join(backend.ctx.attachmentsDir!, 'case-1'), { recursive: true });
  writeFileSync(join(backend.ctx.attachmentsDir!, 'case-1', 'invoice.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 255]));
  const bundle = join(scratch(), 'agency.storefleet');
  const { ctx } = backend;
  await exportBundle({ sqlite: ctx.workspace.sqlite, attachmentsDir: ctx.attachmentsDir, out: bundle, now: () => FIXED_NOW, schemaVersion: ctx.workspace.schemaVersion });
  return { backend, bundle };
}

function target(): { workspaceFile: string; attachmentsDir: string; knownMigrations: number } {
  const workspaceFile = join(scratch(), 'moved', 'ws.sqlite');
  return { workspaceFile, attachmentsDir: `${workspaceFile}.attachments`, knownMigrations: 99 };
}

function tamper(bundle: string, sql: string, ...params: unknown[]): void {
  const db = new Database(bundle);
  db.prepare(sql).run(...params);
  db.close();
}

describe('workspace bundles', () => {
  it('carry the workspace and its attachments, with a SHA-256 for each, to a new place', async () => {
    const { backend, bundle } = await bundledWorkspace();
    const to = target();
    const manifest = importBundle({ from: bundle, ...to });
    expect(manifest.files.map((f) => f.path).sort()).toEqual(['attachments/case-1/invoice.pdf', 'workspace.sqlite']);
    const pdf = readFileSync(join(to.attachmentsDir, 'case-1', 'invoice.pdf'));
    expect(pdf.equals(readFileSync(join(backend.ctx.attachmentsDir!, 'case-1', 'invoice.pdf')))).toBe(true);
    expect(manifest.files.find((f) => f.path.endsWith('invoice.pdf'))?.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const moved = new Database(to.workspaceFile, { readonly: true });
    expect(moved.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Moved']);
    moved.close();
    expect(readdirSync(join(to.workspaceFile, '..')).sort()).toEqual(['ws.sqlite', 'ws.sqlite.attachments']);
  });

  it('refuses a bundle whose attachment was altered, writing nothing', async () => {
    const { bundle } = await bundledWorkspace();
    tamper(bundle, "UPDATE bundle_entries SET content = ? WHERE path LIKE 'attachments/%'", Buffer.from('swapped'));
    const to = target();
    expect(() => importBundle({ from: bundle, ...to })).toThrow(/invoice\.pdf does not match its SHA-256.*Nothing was written/);
    expect(existsSync(to.workspaceFile)).toBe(false);
    expect(existsSync(to.attachmentsDir)).toBe(false);
  });

  it('refuses a manifest whose paths would climb out of the attachments folder', async () => {
    const { bundle } = await bundledWorkspace();
    const db = new Database(bundle);
    const manifest = JSON.parse(db.prepare('SELECT manifest FROM bundle_manifest').pluck().get() as string) as { files: { path: string }[] };
    manifest.files[1]!.path = 'attachments/../../evil.sh';
    db.prepare('UPDATE bundle_manifest SET manifest = ?').run(JSON.stringify(manifest));
    db.close();
    expect(() => importBundle({ from: bundle, ...target() })).toThrow(/not a safe relative path/);
  });

  it('refuses a file that is not a bundle, and never overwrites an existing workspace', async () => {
    const dir = scratch();
    const junk = join(dir, 'junk.storefleet');
    writeFileSync(junk, 'nothing here');
    expect(() => importBundle({ from: junk, ...target() })).toThrow(/not a Storefleet bundle/);
    const { bundle, backend } = await bundledWorkspace();
    expect(() => importBundle({ from: bundle, workspaceFile: backend.file, attachmentsDir: join(dir, 'a'), knownMigrations: 99 })).toThrow(/already exists/);
  });

  it('refuses to export over an existing file', async () => {
    const { backend, bundle } = await bundledWorkspace();
    const { ctx } = backend;
    await expect(exportBundle({ sqlite: ctx.workspace.sqlite, attachmentsDir: null, out: bundle, now: () => FIXED_NOW, schemaVersion: 1 })).rejects.toThrow(/already exists/);
  });
});
