import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { docxText, pdfText, withoutSpace } from '../../helpers/document-text';
import { cli } from '../../helpers/run-cli-in-process';
import { demoWorkspaceCopies } from '../../helpers/demo-workspace-copies';

interface CaseJson {
  id: number;
  caseType: string;
  language: string;
  status: string;
  storeName: string;
}

const workspace = demoWorkspaceCopies('--clients', '3', '--stores', '6', '--days', '120', '--end', '2026-11-19');
let db: string;
let dir: string;
beforeEach(() => ({ db, dir } = workspace()));

async function cases(...args: string[]): Promise<CaseJson[]> {
  const run = await cli('poa', 'list', '--db', db, '--json', ...args);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as CaseJson[];
}

describe('storefleet poa list', () => {
  it('lists the demo cases as JSON, one in every status', async () => {
    const rows = await cases();
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['draft', 'internal_review', 'submitted', 'accepted', 'more_info_requested', 'rejected']));
    expect(rows).toContainEqual(expect.objectContaining({ caseType: 'odr', language: 'en-US' }));
    expect(rows).toContainEqual(expect.objectContaining({ caseType: 'valid_tracking', language: 'ja-JP' }));
  });

  it('prints aligned columns without --json, and filters by status and type', async () => {
    const run = await cli('poa', 'list', '--db', db, '--status', 'submitted');
    expect(run.stdout).toMatch(/^ID\s+STORE\s+TYPE\s+LANGUAGE\s+STATUS\s+REV\s+NOTICE\s+DEADLINE\s+WARNINGS\s+TITLE\n\d+\s+.+\s+valid_tracking\s+ja-JP\s+submitted\s+1\s/);
    expect((await cases('--type', 'odr')).map((row) => row.caseType)).toEqual(['odr']);
  });

  it('exits 2 for a status that does not exist', async () => {
    const run = await cli('poa', 'list', '--db', db, '--status', 'lost');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Allowed choices are draft, internal_review, submitted, accepted, more_info_requested, rejected");
  });
});

describe('storefleet poa export', () => {
  it('writes DOCX, text and PDF files of a case in its document language', async () => {
    const vtr = (await cases('--type', 'valid_tracking'))[0]!;
    const docx = join(dir, 'vtr.docx');
    const run = await cli('poa', 'export', '--db', db, '--id', String(vtr.id), '--format', 'docx', '--out', docx);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(new RegExp(`^Wrote case ${vtr.id} as DOCX to .*vtr\\.docx \\(\\d+ bytes\\)\\.\\n$`));
    expect(await docxText(readFileSync(docx))).toContain('改善計画書：有効な追跡率');

    const txt = join(dir, 'vtr.txt');
    const json = await cli('poa', 'export', '--db', db, '--id', String(vtr.id), '--format', 'txt', '--out', txt, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ file: txt, format: 'txt', caseId: vtr.id });
    expect(readFileSync(txt, 'utf8')).toContain('根本原因\n1. ');

    const pdf = join(dir, 'vtr.pdf');
    expect((await cli('poa', 'export', '--db', db, '--id', String(vtr.id), '--format', 'pdf', '--out', pdf)).code).toBe(0);
    expect(withoutSpace(pdfText(readFileSync(pdf)))).toContain('再発防止策');
    expect(readdirSync(dir).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('replaces an existing file whole, and leaves it alone when the export fails', async () => {
    const out = join(dir, 'plan.txt');
    writeFileSync(out, 'previous');
    expect((await cli('poa', 'export', '--db', db, '--id', '1', '--format', 'txt', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Plan of Action|^改善計画書|^行动计划/);
    writeFileSync(out, 'previous');
    const missing = await cli('poa', 'export', '--db', db, '--id', '999', '--format', 'txt', '--out', out);
    expect(missing).toMatchObject({ code: 1, stderr: 'storefleet: POA case 999 does not exist\n' });
    expect(readFileSync(out, 'utf8')).toBe('previous');
  });

  it('exits 1 naming a folder that does not exist, and 2 without --format or with an unknown one', async () => {
    const noFolder = await cli('poa', 'export', '--db', db, '--id', '1', '--format', 'txt', '--out', join(dir, 'nowhere', 'plan.txt'));
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('--out: the folder');
    expect((await cli('poa', 'export', '--db', db, '--id', '1', '--out', join(dir, 'x.txt'))).code).toBe(2);
    expect((await cli('poa', 'export', '--db', db, '--id', '1', '--format', 'html', '--out', join(dir, 'x.html'))).code).toBe(2);
    expect(existsSync(join(dir, 'x.txt'))).toBe(false);
  });
});
