import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { and, asc, count, eq } from 'drizzle-orm';
import { AppError } from '@shared/api/app-error';
import { POA_ATTACHMENT_MAX_BYTES, type PoaAttachment, type poaAttachmentInputSchemas } from '@shared/api/poa-schemas';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { CoreContext } from '../../core-context';
import { poaAttachments } from '../../db/schema';
import { invalidField, notFound } from '../../errors';
import { writeWholeFile } from '../../files/write-whole-file';
import { getPoaCaseRow } from '../poa-case-rows';
import { assertAttachmentName, storedAttachmentName } from './attachment-file-name';

type NewAttachment = z.output<typeof poaAttachmentInputSchemas.add>;
type AttachmentRow = typeof poaAttachments.$inferSelect;

/** Attachments of plans of action go into their own subfolder of the workspace's attachments folder. */
const FOLDER = 'poa';

function toAttachment({ storedPath: _path, ...row }: AttachmentRow): PoaAttachment {
  return row;
}

function attachmentsDir(ctx: CoreContext): string {
  if (ctx.attachmentsDir === null) {
    throw new AppError('unavailable', 'This workspace is kept in memory and cannot keep attached files; open a workspace file.');
  }
  return ctx.attachmentsDir;
}

/** The absolute path of a stored file, refusing anything that would land outside the attachments folder. */
function absolutePath(root: string, storedPath: string): string {
  const path = resolve(root, ...storedPath.split('/'));
  const inside = relative(resolve(root), path);
  if (inside === '' || inside.startsWith('..') || inside.startsWith(sep)) {
    throw new AppError('internal', `Attachment path ${storedPath} is outside the attachments folder`);
  }
  return path;
}

/** Writes beside the target and renames, so a crash never leaves half a file under a content hash. */
function writeOnce(path: string, bytes: Buffer): void {
  if (existsSync(path) && statSync(path).size === bytes.length) return;
  writeWholeFile(path, bytes);
}

export function listPoaAttachments(ctx: CoreContext, caseId: number): PoaAttachment[] {
  getPoaCaseRow(ctx, caseId);
  return ctx.workspace.db
    .select()
    .from(poaAttachments)
    .where(eq(poaAttachments.caseId, caseId))
    .orderBy(asc(poaAttachments.fileName), asc(poaAttachments.id))
    .all()
    .map(toAttachment);
}

/**
 * Copies a file into `<attachments folder>/poa/<sha256>-<name>` and records it on the case. The same
 * content attached to the same case again is recognised and not copied twice; the same content on
 * another case shares the stored file.
 */
export function addPoaAttachment(ctx: CoreContext, input: NewAttachment): PoaAttachment & { alreadyAttached: boolean } {
  const root = attachmentsDir(ctx);
  getPoaCaseRow(ctx, input.caseId);
  assertAttachmentName(input.fileName);
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0) throw invalidField('base64', 'empty_file', `${input.fileName} is empty`);
  if (bytes.length > POA_ATTACHMENT_MAX_BYTES) {
    throw invalidField('base64', 'file_too_large', `${input.fileName} is ${bytes.length} bytes; attachments may be at most ${POA_ATTACHMENT_MAX_BYTES} bytes (25 MB)`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = ctx.workspace.db
    .select()
    .from(poaAttachments)
    .where(and(eq(poaAttachments.caseId, input.caseId), eq(poaAttachments.sha256, sha256)))
    .get();
  if (existing) return { ...toAttachment(existing), alreadyAttached: true };

  const storedPath = `${FOLDER}/${storedAttachmentName(sha256, input.fileName)}`;
  const path = absolutePath(root, storedPath);
  mkdirSync(join(root, FOLDER), { recursive: true });
  writeOnce(path, bytes);
  const row = ctx.workspace.sqlite.transaction(() => {
    const inserted = ctx.workspace.db
      .insert(poaAttachments)
      .values({
        caseId: input.caseId,
        fileName: input.fileName,
        sha256,
        byteSize: bytes.length,
        storedPath,
        addedAt: ctx.now().toISOString(),
        actor: ctx.actor,
      })
      .returning()
      .get();
    recordAudit(ctx, { action: 'attach', entity: 'poa_case', entityId: input.caseId, details: { fileName: input.fileName, sha256, byteSize: bytes.length } });
    return inserted;
  })();
  return { ...toAttachment(row), alreadyAttached: false };
}

/** Removes an attachment from its case; the stored file goes once no case refers to it. */
export function removePoaAttachment(ctx: CoreContext, id: number): void {
  const root = attachmentsDir(ctx);
  const storedPath = ctx.workspace.sqlite.transaction(() => {
    const row = ctx.workspace.db.select().from(poaAttachments).where(eq(poaAttachments.id, id)).get();
    if (!row) throw notFound('POA attachment', id);
    ctx.workspace.db.delete(poaAttachments).where(eq(poaAttachments.id, id)).run();
    recordAudit(ctx, { action: 'detach', entity: 'poa_case', entityId: row.caseId, details: { fileName: row.fileName, sha256: row.sha256 } });
    const users = ctx.workspace.db.select({ n: count() }).from(poaAttachments).where(eq(poaAttachments.storedPath, row.storedPath)).get()?.n ?? 0;
    return users === 0 ? row.storedPath : null;
  })();
  if (storedPath) rmSync(absolutePath(root, storedPath), { force: true });
}
