import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from './schema';

/* ── monthly client reviews (issue 7) ───────────────────────────────────────────────────── */

/**
 * One client's review of one month. The texts stay null until someone edits them: until then
 * the review shows the summary and plan drafted from the data, so they follow fresh imports.
 */
export const monthlyReviews = sqliteTable(
  'monthly_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    /** YYYY-MM */
    month: text('month').notNull(),
    /** draft, reviewed, sent */
    status: text('status').notNull(),
    executiveSummary: text('executive_summary'),
    nextMonthPlan: text('next_month_plan'),
    includeFees: integer('include_fees', { mode: 'boolean' }).notNull(),
    reviewedAt: text('reviewed_at'),
    sentAt: text('sent_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('monthly_reviews_client_month_uq').on(t.clientId, t.month), index('monthly_reviews_month_idx').on(t.month)],
);

/** Every file exported from a review, with the SHA-256 of its bytes so a sent file can be recognised later. */
export const reviewExports = sqliteTable(
  'review_exports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reviewId: integer('review_id')
      .notNull()
      .references(() => monthlyReviews.id, { onDelete: 'cascade' }),
    /** pdf, xlsx */
    format: text('format').notNull(),
    language: text('language').notNull(),
    fileName: text('file_name').notNull(),
    byteLength: integer('byte_length').notNull(),
    sha256: text('sha256').notNull(),
    exportedAt: text('exported_at').notNull(),
    actor: text('actor').notNull(),
  },
  (t) => [index('review_exports_review_idx').on(t.reviewId)],
);
