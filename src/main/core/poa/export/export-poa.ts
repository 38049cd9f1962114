import { AppError } from '@shared/api/app-error';
import type { ExportedFile } from '@shared/api/exported-file-schemas';
import type { PoaExportInput } from '@shared/api/poa-schemas';
import type { PoaExportFormat } from '@shared/domain/poa';
import type { CoreContext } from '../../core-context';
import { listPoaAttachments } from '../attachments/attachment-service';
import { getPoaCase } from '../poa-case-service';
import { getPoaRevision } from '../poa-revision-service';
import { buildPoaDocument } from './poa-document';
import { renderPoaDocx } from './render-poa-docx';
import { renderPoaHtml } from './render-poa-html';
import { renderPoaText } from './render-poa-text';

const MIME_TYPES: Record<PoaExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain;charset=utf-8',
};

/**
 * A revision of a plan (the current one unless asked) as DOCX, PDF or plain text, in the case's
 * document language. PDF is printed by the host's engine; a host without one refuses.
 */
export async function exportPoa(ctx: CoreContext, input: PoaExportInput): Promise<ExportedFile> {
  const poaCase = getPoaCase(ctx, input.id);
  const revision = getPoaRevision(ctx, input.id, input.revision ?? poaCase.revision);
  const attachmentNames = listPoaAttachments(ctx, input.id).map((attachment) => attachment.fileName);
  const document = buildPoaDocument({ poaCase, content: revision.content, attachmentNames });
  let bytes: Buffer;
  switch (input.format) {
    case 'txt':
      bytes = Buffer.from(renderPoaText(document), 'utf8');
      break;
    case 'docx':
      bytes = await renderPoaDocx(document);
      break;
    case 'pdf': {
      if (!ctx.pdfPrinter) throw new AppError('unavailable', 'This host cannot print PDF files; export DOCX or text instead.');
      bytes = Buffer.from(await ctx.pdfPrinter.print(renderPoaHtml(document)));
      break;
    }
  }
  return {
    fileName: `poa-${poaCase.id}-r${revision.revision}-${poaCase.caseType}.${input.format}`,
    mimeType: MIME_TYPES[input.format],
    base64: bytes.toString('base64'),
    byteLength: bytes.length,
  };
}
