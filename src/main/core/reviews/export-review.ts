import { createHash } from 'node:crypto';
import { AppError } from '@shared/api/app-error';
import type { ReviewExportedFile, ReviewExportInput, ReviewFormat } from '@shared/api/review-schemas';
import type { CoreContext } from '../core-context';
import { reviewExports } from '../db/schema';
import { renderReviewHtml } from './render-review-html';
import { renderReviewXlsx } from './render-review-xlsx';
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

/**
 * A client's review of a month as PDF (printed by the host's engine) or XLSX, in the client's
 * language unless another is asked for. Each export is recorded with its SHA-256.
 */
export async function exportReview(ctx: CoreContext, input: ReviewExportInput): Promise<ReviewExportedFile> {
  const key = { clientId: input.clientId, month: input.month };
  const { review, model } = reviewContent(ctx, key, input.language);
  let bytes: Buffer;
  if (input.format === 'pdf') {
    if (!ctx.pdfPrinter) throw new AppError('unavailable', 'This host cannot print PDF files; export XLSX instead.');
    const html = renderReviewHtml({ model, executiveSummary: review.executiveSummary, nextMonthPlan: review.nextMonthPlan, whiteLabel: getWhiteLabel(ctx) });
    bytes = Buffer.from(await ctx.pdfPrinter.print(html));
  } else {
    bytes = await renderReviewXlsx(model);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileName = reviewFileName(review.clientName, review.month, input.format);
  ctx.workspace.sqlite.transaction(() => {
    const row = ensureReviewRow(ctx, key);
    ctx.workspace.db
      .insert(reviewExports)
      .values({ reviewId: row.id, format: input.format, language: model.language, fileName, byteLength: bytes.length, sha256, exportedAt: ctx.now().toISOString(), actor: ctx.actor })
      .run();
  })();
  return { fileName, mimeType: MIME_TYPES[input.format], base64: bytes.toString('base64'), byteLength: bytes.length, sha256 };
}
