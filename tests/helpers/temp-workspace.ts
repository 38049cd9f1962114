import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openBackend, type Backend, type BackendOptions } from '../../src/main/api/open-backend';

export const MIGRATIONS_DIR = resolve(__dirname, '../../resources/migrations');
export const FIXED_NOW = new Date('2026-11-20T09:30:00.000Z');

export function tempDir(prefix = 'storefleet-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestBackend extends Backend {
  file: string;
  dispose(): void;
}

/** A fresh workspace file with every migration applied and a fixed clock (and, if given, a PDF printer, keychain or network). */
export function openTestBackend(now: () => Date = () => FIXED_NOW, extra: Pick<BackendOptions, 'pdfPrinter' | 'secrets' | 'network'> = {}): TestBackend {
  const { dir, cleanup } = tempDir();
  const file = join(dir, 'workspace.sqlite');
  const backend = openBackend({
    file,
    migrationsDir: MIGRATIONS_DIR,
    actor: 'test',
    now,
    ...extra,
    about: { name: 'Storefleet', version: '0.0.0-test', host: 'cli', runtime: 'test' },
  });
  return {
    ...backend,
    file,
    dispose: () => {
      backend.close();
      cleanup();
    },
  };
}

export function countRows(backend: Backend, table: string): number {
  return (backend.ctx.workspace.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
