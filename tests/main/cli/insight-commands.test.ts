import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli-in-process';
import { tempDir } from '../../helpers/temp-workspace';

let cleanup: () => void;
let db: string;
beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'cli.sqlite');
});
afterEach(() => cleanup());

async function demo(): Promise<void> {
  expect((await cli('demo', '--db', db, '--clients', '3', '--stores', '10', '--days', '40', '--end', '2026-11-19')).code).toBe(0);
}

describe('storefleet overview', () => {
  it('prints what needs attention as sections a person can scan', async () => {
    await demo();
    const run = await cli('overview', '--db', db);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Stores by worst status: breach \d+, stale \d+, watch \d+, ok \d+, no_data \d+\nOpen alerts: critical \d+, warning \d+, info \d+\n/);
    expect(run.stdout).toMatch(/Most at risk \(lowest health first\)\nID\s+STORE\s+CLIENT\s+HEALTH\s+WORST\s+BREACHES\s+PROJECTED\s+SOONEST\n/);
    expect(run.stdout).toContain('Stale data (oldest first)\n');
    expect(run.stdout).toMatch(/SLA items due within 48 hours \(soonest first\)\n(ID\s+DUE \(UTC\)\s+CLIENT\s+WHAT\n|\(none\)\n)/);
  });

  it('answers the same figures as JSON with --json', async () => {
    await demo();
    const overview = JSON.parse((await cli('overview', '--db', db, '--json')).stdout) as { storesByStatus: Record<string, number>; atRisk: unknown[] };
    expect(Object.values(overview.storesByStatus).reduce((a, b) => a + b, 0)).toBe(10);
    expect(overview.atRisk.length).toBeGreaterThan(0);
  });

  it('says "(none)" under each list of an empty workspace', async () => {
    const run = await cli('overview', '--db', db);
    expect(run.stdout).toContain('Stores by worst status: breach 0, stale 0, watch 0, ok 0, no_data 0');
    expect(run.stdout.match(/\(none\)/g)).toHaveLength(3);
  });
});

describe('storefleet annotations', () => {
  it('adds, lists and removes notes on a store\'s timeline', async () => {
    await demo();
    const added = await cli('annotations', 'add', '--db', db, '--store', '1', '--date', '2026-11-02', '--text', 'Switched carrier to Yamato', '--json');
    expect(added.code).toBe(0);
    const note = JSON.parse(added.stdout) as { id: number };
    expect((await cli('annotations', 'add', '--db', db, '--store', '1', '--date', '2026-11-05', '--text', 'Listing rewritten')).stdout).toMatch(
      /^Added note \d+ to store 1 on 2026-11-05\n$/,
    );
    const list = await cli('annotations', 'list', '--db', db, '--store', '1', '--from', '2026-11-01');
    expect(list.stdout).toMatch(/^ID\s+DATE\s+TEXT\s+BY\n/);
    expect(list.stdout).toMatch(/2026-11-02\s+Switched carrier to Yamato\s+cli\n[\s\S]*2026-11-05\s+Listing rewritten/);
    expect(await cli('annotations', 'remove', '--db', db, '--id', String(note.id))).toMatchObject({ code: 0, stdout: `Removed note ${note.id}\n` });
    expect((await cli('annotations', 'list', '--db', db, '--store', '1', '--from', '2026-11-01', '--json')).stdout).not.toContain('Yamato');
  });

  it('exits 1 naming the problem for an unknown store, a bad date or an unknown note, and 2 for a missing option', async () => {
    const unknownStore = await cli('annotations', 'add', '--db', db, '--store', '9', '--date', '2026-11-02', '--text', 'x');
    expect(unknownStore).toMatchObject({ code: 1, stderr: 'storefleet: Store 9 does not exist\n' });
    const badDate = await cli('annotations', 'add', '--db', db, '--store', '9', '--date', '2026-02-30', '--text', 'x');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/- date:/);
    expect((await cli('annotations', 'remove', '--db', db, '--id', '4')).stderr).toContain('Annotation 4 does not exist');
    const missing = await cli('annotations', 'add', '--db', db, '--store', '1', '--date', '2026-11-02');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--text');
  });
});
