import { createHash } from 'node:crypto';
import { AppError } from '@shared/api/app-error';
import type { Review, ReviewExportedFile, ReviewExportInput, ReviewFormat } from '@shared/api/review-schemas';
import type { CoreContext } from '../core-context';
import { reviewExports } from '../db/schema';
import type { PdfPrinter } from '../pdf/pdf-printer';
import { renderReviewHtml } from './render-review-html';
import { renderReviewXlsx } from './render-review-xlsx';
import type { ReviewModel } from './review-model';
import { ensureReviewRow, reviewContent } from './review-service';
import { getWhiteLabel } from './white-label-settings';

const MIME_TYPES: Record<ReviewFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Letters and digits of any script survive (a Chinese client name stays readable); the rest become dashes. */
function fileSlug(name: string): string {
  return name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'client';
}

export function reviewFileName(clientName: string, month: string, format: ReviewFormat): string {
  return `review-${fileSlug(clientName)}-${month}.${format}`;
}

/** The review's HTML as it will be printed, for the preview pane and for the PDF. */
export function reviewHtml(ctx: CoreContext, input: { clientId: number; month: string; language?: ReviewExportInput['language'] }): string {
  const { review, model } = reviewContent(ctx, input, input.language);
  return renderReviewHtml({ model, executiveSummary: review.executiveSummary, nextMonthPlan: review.nextMonthPlan, whiteLabel: getWhiteLabel(ctx) });
}

/** A review ready to be turned into bytes: its data read and, for PDF, its HTML written. */
export interface PreparedReviewExport {
  input: ReviewExportInput;
  review: Review;
  model: ReviewModel;
  html: string | null;
}

/** The synchronous half of an export (reads and HTML), so a batch can prepare one client while the engine prints another. */
export function prepareReviewExport(ctx: CoreContext, input: ReviewExportInput): PreparedReviewExport {
  if (input.format === 'pdf' && !ctx.pdfPrinter) throw new AppError('unavailable', 'This host cannot print PDF files; export XLSX instead.');
  const { review, model } = reviewContent(ctx, { clientId: input.clientId, month: input.month }, input.language);
  const html = input.format === 'pdf'
    ? renderReviewHtml({ model, executiveSummary: review.executiveSummary, nextMonthPlan: review.nextMonthPlan, whiteLabel: getWhiteLabel(ctx) })
    : null;
  return { input, review, model, html };
}

/** Prints or packs the prepared review and records the export with the SHA-256 of its bytes. */
export async function finishReviewExport(ctx: CoreContext, prepared: PreparedReviewExport, printer: Pick<PdfPrinter, 'print'> | null): Promise<ReviewExportedFile> {
  const { input, review, model, html } = prepared;
  let bytes: Buffer;
  if (html !== null) {
    if (!printer) throw new AppError('unavailable', 'This host cannot print PDF files; export XLSX instead.');
    bytes = Buffer.from(await printer.print(html));
  } else {
    bytes = await renderReviewXlsx(model);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileName = reviewFileName(review.clientName, review.month, input.format);
  ctx.workspace.sqlite.transaction(() => {
    const row = ensureReviewRow(ctx, { clientId: input.clientId, month: input.month });
    ctx.workspace.db
      .insert(reviewExports)
      .values({ reviewId: row.id, format: input.format, language: model.language, fileName, byteLength: bytes.length, sha256, exportedAt: ctx.now().toISOString(), actor: ctx.actor })
      .run();
  })();
  return { fileName, mimeType: MIME_TYPES[input.format], base64: bytes.toString('base64'), byteLength: bytes.length, sha256 };
}

/**
 * A client's review of a month as PDF (printed by the host's engine) or XLSX, in the client's
 * language unless another is asked for. Each export is recorded with its SHA-256.
 */
export async function exportReview(ctx: CoreContext, input: ReviewExportInput): Promise<ReviewExportedFile> {
  // The engine starts while the data is read and the HTML written: the two overlap instead of adding up.
  const opening = input.format === 'pdf' ? ctx.pdfPrinter?.openSession?.() : undefined;
  // Held until awaited below, so a failure to start is reported there rather than as unhandled.
  opening?.catch(() => undefined);
  let prepared: PreparedReviewExport;
  try {
    prepared = prepareReviewExport(ctx, input);
  } catch (error) {
    void opening?.then((session) => session.close(), () => undefined);
    throw error;
  }
  if (!opening) return finishReviewExport(ctx, prepared, ctx.pdfPrinter);
  const session = await opening;
  try {
    return await finishReviewExport(ctx, prepared, session);
  } finally {
    await session.close();
  }
}
