import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli-in-process';
import { tempDir } from '../../helpers/temp-workspace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

describe('storefleet bundle export | import', () => {
  it('moves a workspace through one .storefleet file', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const db = join(t.dir, 'ws.sqlite');
    const bundle = join(t.dir, 'agency.storefleet');
    const moved = join(t.dir, 'elsewhere', 'ws.sqlite');
    await cli('clients', 'add', '--db', db, '--name', 'Travelling', '--language', 'zh-CN', '--currency', 'CNY');
    const exported = await cli('bundle', 'export', '--db', db, '--out', bundle);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const imported = await cli('bundle', 'import', '--from', bundle, '--db', moved);
    expect(imported.stdout).toMatch(/hashes checked/);
    const list = await cli('clients', 'list', '--db', moved, '--json');
    expect((JSON.parse(list.stdout) as { name: string }[]).map((c) => c.name)).toEqual(['Travelling']);
    const again = await cli('bundle', 'import', '--from', bundle, '--db', moved);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });
});
