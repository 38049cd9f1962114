import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../src/main/api/open-backend';
import { POA_ATTACHMENT_MAX_BYTES } from '../../../../src/shared/api/poa-schemas';
import { storedAttachmentName } from '../../../../src/main/core/poa/attachments/attachment-file-name';
import { appErrorOf } from '../../../helpers/expect-app-error';
import { seedAmazonStores } from '../../../helpers/poa-content';
import { MIGRATIONS_DIR, openTestBackend, tempDir, type TestBackend } from '../../../helpers/temp-workspace';

let backend: TestBackend;
let caseId: number;
let otherCase: number;
let folder: string;
beforeEach(() => {
  backend = openTestBackend();
  const { usStore } = seedAmazonStores(backend);
  const create = () => backend.api.call('poa.create', { storeId: usStore, caseType: 'authenticity', language: 'en-US', noticeDate: '2026-11-10' }).case.id;
  caseId = create();
  otherCase = create();
  folder = join(`${backend.file}.attachments`, 'poa');
});
afterEach(() => backend.dispose());

const INVOICE = Buffer.from('%PDF-1.4 invoice from the authorised distributor');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const attach = (fileName: string, bytes: Buffer = INVOICE, id = caseId) =>
  backend.api.call('poa.attachments.add', { caseId: id, fileName, base64: bytes.toString('base64') });

describe('POA attachments', () => {
  it('copies the file beside the workspace under its content hash and lists it by name', () => {
    const added = attach('invoice-2026-10.pdf');
    expect(added).toMatchObject({ caseId, fileName: 'invoice-2026-10.pdf', sha256: sha(INVOICE), byteSize: INVOICE.length, actor: 'test', alreadyAttached: false });
    const stored = join(folder, `${sha(INVOICE)}-invoice-2026-10.pdf`);
    expect(readFileSync(stored)).toEqual(INVOICE);
    expect(backend.api.call('poa.attachments.list', { caseId })).toEqual([expect.objectContaining({ id: added.id, fileName: 'invoice-2026-10.pdf' })]);
    expect(backend.api.call('poa.attachments.list', { caseId })[0]).not.toHaveProperty('storedPath');
  });

  it('recognises the same content attached twice to a case, whatever its name, and copies nothing', () => {
    const first = attach('invoice.pdf');
    const again = attach('invoice (1).pdf');
    expect(again).toMatchObject({ id: first.id, fileName: 'invoice.pdf', alreadyAttached: true });
    expect(readdirSync(folder)).toHaveLength(1);
    expect(backend.api.call('poa.attachments.list', { caseId })).toHaveLength(1);
  });

  it('shares one stored file between cases, and deletes it only when the last case lets go', () => {
    const mine = attach('invoice.pdf');
    const theirs = attach('invoice.pdf', INVOICE, otherCase);
    expect(readdirSync(folder)).toHaveLength(1);
    backend.api.call('poa.attachments.remove', { id: mine.id });
    expect(readdirSync(folder)).toHaveLength(1);
    expect(backend.api.call('poa.attachments.remove', { id: theirs.id })).toEqual({ removed: true });
    expect(readdirSync(folder)).toEqual([]);
    expect(appErrorOf(() => backend.api.call('poa.attachments.remove', { id: theirs.id })).code).toBe('not_found');
  });

  it('refuses an empty file and one over 25 MB, writing nothing', () => {
    expect(appErrorOf(() => attach('empty.pdf', Buffer.alloc(0))).details?.issues?.[0]).toMatchObject({ field: 'base64', code: 'empty_file' });
    const tooLarge = appErrorOf(() => attach('scan.pdf', Buffer.alloc(POA_ATTACHMENT_MAX_BYTES + 1, 1)));
    expect(tooLarge.code).toBe('invalid_input');
    expect(tooLarge.details?.issues?.[0]?.field).toBe('base64');
    expect(existsSync(folder)).toBe(false);
    expect(attach('exactly-25mb.bin', Buffer.alloc(POA_ATTACHMENT_MAX_BYTES, 2)).byteSize).toBe(POA_ATTACHMENT_MAX_BYTES);
  });

  it.each(['../../escape.pdf', '..', 'sub/invoice.pdf', 'C:\\invoice.pdf', '.hidden', 'nul.txt', 'bad\u0000name.pdf', 'invoice.pdf.', 'a|b.pdf'])(
    'refuses the name %j, which is not a plain file name',
    (name) => {
      const error = appErrorOf(() => attach(name));
      expect(error.code).toBe('invalid_input');
      expect(error.details?.issues?.[0]?.field).toBe('fileName');
      expect(existsSync(folder)).toBe(false);
    },
  );

  it('refuses content that is not base64', () => {
    const error = appErrorOf(() => backend.api.call('poa.attachments.add', { caseId, fileName: 'x.pdf', base64: 'not base64!' }));
    expect(error.details?.issues?.[0]?.field).toBe('base64');
  });

  it('keeps Japanese names, shortening a very long one to fit the file system but keeping its extension', () => {
    expect(attach('請求書_2026年10月.pdf').fileName).toBe('請求書_2026年10月.pdf');
    const long = `${'納品書'.repeat(40)}.pdf`;
    const stored = storedAttachmentName('f'.repeat(64), long);
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(255);
    expect(stored.endsWith('.pdf')).toBe(true);
  });

  it('refuses attachments in a workspace kept in memory, and for an unknown case', () => {
    const memory = openBackend({ file: ':memory:', migrationsDir: MIGRATIONS_DIR, actor: 'test', about: { name: 'S', version: 't', host: 'cli', runtime: 't' } });
    try {
      expect(appErrorOf(() => memory.api.call('poa.attachments.add', { caseId: 1, fileName: 'x.pdf', base64: 'eA==' })).code).toBe('unavailable');
    } finally {
      memory.close();
    }
    expect(appErrorOf(() => attach('x.pdf', INVOICE, 999)).code).toBe('not_found');
  });

  it('copies into the folder the host gives, when it gives one', () => {
    const { dir, cleanup } = tempDir();
    const custom = openBackend({
      file: join(dir, 'w.sqlite'),
      attachmentsDir: join(dir, 'files'),
      migrationsDir: MIGRATIONS_DIR,
      actor: 'test',
      about: { name: 'S', version: 't', host: 'cli', runtime: 't' },
    });
    try {
      const { usStore } = seedAmazonStores(custom);
      const id = custom.api.call('poa.create', { storeId: usStore, caseType: 'other', language: 'en-US', noticeDate: '2026-11-10' }).case.id;
      custom.api.call('poa.attachments.add', { caseId: id, fileName: 'loa.pdf', base64: INVOICE.toString('base64') });
      expect(readdirSync(join(dir, 'files', 'poa'))).toEqual([`${sha(INVOICE)}-loa.pdf`]);
    } finally {
      custom.close();
      cleanup();
    }
  });
});
