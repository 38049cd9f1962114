import { batchExportReviews } from '../../core/reviews/batch-export-reviews';
import { exportReview, reviewHtml } from '../../core/reviews/export-review';
import { getReview, listReviewExports, listReviews, setReviewStatus, updateReview } from '../../core/reviews/review-service';
import { getWhiteLabel, updateWhiteLabel } from '../../core/reviews/white-label-settings';
import { changed, type ProcedureTable } from '../procedure-table';

type ReviewProcedure =
  | 'reviews.list'
  | 'reviews.get'
  | 'reviews.update'
  | 'reviews.setStatus'
  | 'reviews.preview'
  | 'reviews.export'
  | 'reviews.exports'
  | 'reviews.batchExport'
  | 'whiteLabel.get'
  | 'whiteLabel.update';

export const reviewProcedures: ProcedureTable<ReviewProcedure> = {
  'reviews.list': (ctx, input) => listReviews(ctx, input),
  'reviews.get': (ctx, input) => getReview(ctx, input),
  'reviews.update': (ctx, input) => changed(ctx, 'reviews', updateReview(ctx, input)),
  // Sending closes an SLA item: the SLA views refresh too.
  'reviews.setStatus': (ctx, input) => changed(ctx, 'sla', changed(ctx, 'reviews', setReviewStatus(ctx, input))),
  'reviews.preview': (ctx, input) => ({ html: reviewHtml(ctx, input) }),
  'reviews.export': async (ctx, input) => changed(ctx, 'reviews', await exportReview(ctx, input)),
  'reviews.exports': (ctx, input) => listReviewExports(ctx, input),
  'reviews.batchExport': async (ctx, input) => changed(ctx, 'reviews', await batchExportReviews(ctx, input)),
  'whiteLabel.get': (ctx) => getWhiteLabel(ctx),
  'whiteLabel.update': (ctx, input) => changed(ctx, 'settings', updateWhiteLabel(ctx, input)),
};
