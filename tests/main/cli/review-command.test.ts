import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, withoutSpace } from '../../helpers/document-text';
import { cli } from '../../helpers/run-cli-in-process';
import { tempDir } from '../../helpers/temp-workspace';

let work: { dir: string; cleanup: () => void };
let db: string;

beforeAll(async () => {
  work = tempDir();
  db = join(work.dir, 'demo.sqlite');
  expect((await cli('demo', '--db', db, '--clients', '3', '--stores', '4', '--days', '45', '--end', '2026-11-19')).code).toBe(0);
}, 60_000);
afterAll(() => work.cleanup());

/** Inside the workspace's temp folder, so it goes with it. */
const outFolder = (name: string): string => mkdtempSync(join(work.dir, `${name}-`));

describe('storefleet review', () => {
  it('writes one client\'s PDF in the language asked for and prints its hash', async () => {
    const out = outFolder('one');
    const run = await cli('review', '--db', db, '--client', '1', '--month', '2026-10', '--format', 'pdf', '--out', out, '--lang', 'zh-CN', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { file: string; sha256: string };
    const bytes = readFileSync(summary.file);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(summary.sha256);
    expect(withoutSpace(pdfText(bytes))).toContain('月度运营报告');
  }, 30_000);

  it('writes every active client as XLSX with --all and lists what it wrote', async () => {
    const out = outFolder('all');
    const run = await cli('review', '--db', db, '--all', '--month', '2026-10', '--format', 'xlsx', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 written, 0 failed.');
    expect(readdirSync(out).filter((name) => name.endsWith('.xlsx'))).toHaveLength(3);
  }, 30_000);

  it('asks for --client or --all, refuses both, and refuses a bad month or a missing folder', async () => {
    const out = outFolder('bad');
    expect((await cli('review', '--db', db, '--month', '2026-10', '--format', 'pdf', '--out', out)).code).toBe(2);
    expect((await cli('review', '--db', db, '--client', '1', '--all', '--month', '2026-10', '--format', 'pdf', '--out', out)).code).toBe(2);
    expect((await cli('review', '--db', db, '--client', '1', '--month', '2026-10', '--format', 'doc', '--out', out)).code).toBe(2);
    const badMonth = await cli('review', '--db', db, '--client', '1', '--month', 'October', '--format', 'xlsx', '--out', out);
    expect(badMonth).toMatchObject({ code: 1 });
    expect(badMonth.stderr).toContain('month: must be a month YYYY-MM');
    const missing = await cli('review', '--db', db, '--all', '--month', '2026-10', '--format', 'xlsx', '--out', join(out, 'nope'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('does not exist');
  }, 30_000);
});
