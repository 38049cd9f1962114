import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { cli } from './run-cli-in-process';
import { tempDir } from './temp-workspace';

/**
 * Builds one demo workspace for the file (`storefleet demo` with `demoOptions`) and gives each
 * test its own copy, since every CLI command opens the file for writing. Returns the path of
 * the current test's copy and the folder it lives in (for output files).
 */
export function demoWorkspaceCopies(...demoOptions: string[]): () => { db: string; dir: string } {
  let demo = '';
  let current: { db: string; dir: string } | null = null;
  beforeAll(async () => {
    const demoDir = tempDir();
    demo = join(demoDir.dir, 'demo.sqlite');
    expect((await cli('demo', '--db', demo, ...demoOptions)).code).toBe(0);
    return () => demoDir.cleanup();
  });
  beforeEach(() => {
    const { dir, cleanup } = tempDir();
    current = { db: join(dir, 'workspace.sqlite'), dir };
    writeFileSync(current.db, readFileSync(demo));
    return cleanup;
  });
  afterEach(() => {
    current = null;
  });
  return () => {
    if (!current) throw new Error('demoWorkspaceCopies: the copy exists only while a test runs');
    return current;
  };
}
