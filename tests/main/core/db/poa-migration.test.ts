import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAmazonStores } from '../../../helpers/poa-content';
import { countRows, openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
beforeEach(() => {
  backend = openTestBackend();
});
afterEach(() => backend.dispose());

describe('migration 0003 (plans of action)', () => {
  it('adds the POA tables without touching the WITHOUT ROWID snapshots table', () => {
    const { sqlite } = backend.ctx.workspace;
    expect(sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'metric_snapshots'").pluck().get()).toMatch(/WITHOUT ROWID/);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'poa_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['poa_attachments', 'poa_cases', 'poa_revisions']);
  });

  it('keeps a store with cases from being deleted, and deletes a case’s revisions and attachments with it', () => {
    const { usStore } = seedAmazonStores(backend);
    const { id } = backend.api.call('poa.create', { storeId: usStore, caseType: 'odr', language: 'en-US', noticeDate: '2026-11-01' }).case;
    const { sqlite } = backend.ctx.workspace;
    expect(() => sqlite.prepare('DELETE FROM stores WHERE id = ?').run(usStore)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.prepare("INSERT INTO poa_revisions (case_id, revision, content, status, saved_at, actor) VALUES (?, 1, '{}', 'draft', 'x', 'x')").run(id)).toThrow(
      /UNIQUE/,
    );
    sqlite.prepare('DELETE FROM poa_cases WHERE id = ?').run(id);
    expect(countRows(backend, 'poa_revisions')).toBe(0);
  });
});
