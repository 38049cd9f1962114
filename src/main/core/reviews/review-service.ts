import { and, desc, eq, inArray, isNull, max } from 'drizzle-orm';
import { AppError } from '@shared/api/app-error';
import type { Review, ReviewExportRecord, ReviewListItem, ReviewStatus, ReviewUpdateInput } from '@shared/api/review-schemas';
import type { Language } from '@shared/domain/languages';
import { recordAudit } from '../audit/record-audit';
import { getClient } from '../clients/client-service';
import { runsDuring } from '../contracts/contract-lifecycle';
import { listContracts } from '../contracts/contract-service';
import type { CoreContext } from '../core-context';
import { clients, monthlyReviews, reviewExports, stores } from '../db/schema';
import { closeMonthlyReviewItem } from '../sla/sla-event-hooks';
import { buildReviewModel } from './build-review-model';
import { draftReviewTexts } from './draft-review-texts';
import type { ReviewModel } from './review-model';

type ReviewRow = typeof monthlyReviews.$inferSelect;
interface ReviewKey {
  clientId: number;
  month: string;
}

/** Which status may follow which: a reviewed review can go back to draft for edits; a sent one is final. */
const NEXT_STATUSES: Record<ReviewStatus, readonly ReviewStatus[]> = { draft: ['reviewed'], reviewed: ['draft', 'sent'], sent: [] };

function findRow(ctx: CoreContext, key: ReviewKey): ReviewRow | undefined {
  return ctx.workspace.db.select().from(monthlyReviews).where(and(eq(monthlyReviews.clientId, key.clientId), eq(monthlyReviews.month, key.month))).get();
}

/** Fees are shown by default when a contract ran during the month: without one there is nothing to state. */
function feesByDefault(ctx: CoreContext, key: ReviewKey): boolean {
  return listContracts(ctx, { clientId: key.clientId }).some((contract) => runsDuring(contract, key.month));
}

/** The review's row, created as a draft the first time someone writes to it. */
export function ensureReviewRow(ctx: CoreContext, key: ReviewKey): ReviewRow {
  const existing = findRow(ctx, key);
  if (existing) return existing;
  getClient(ctx, key.clientId);
  const at = ctx.now().toISOString();
  return ctx.workspace.db
    .insert(monthlyReviews)
    .values({ ...key, status: 'draft', executiveSummary: null, nextMonthPlan: null, includeFees: feesByDefault(ctx, key), createdAt: at, updatedAt: at })
    .returning()
    .get();
}

function lastExportedAt(ctx: CoreContext, reviewId: number | null): string | null {
  if (reviewId === null) return null;
  return ctx.workspace.db.select({ at: max(reviewExports.exportedAt) }).from(reviewExports).where(eq(reviewExports.reviewId, reviewId)).get()?.at ?? null;
}

/** The review's data model and its texts: as edited where someone edited them, drafted from the data otherwise. */
export function reviewContent(ctx: CoreContext, key: ReviewKey, language?: Language): { review: Review; model: ReviewModel } {
  const client = getClient(ctx, key.clientId);
  const row = findRow(ctx, key);
  const includeFees = row?.includeFees ?? feesByDefault(ctx, key);
  const model = buildReviewModel(ctx, { ...key, language, includeFees });
  const drafted = draftReviewTexts(model);
  const review: Review = {
    id: row?.id ?? null,
    clientId: client.id,
    clientName: client.name,
    month: key.month,
    language: model.language,
    status: (row?.status as ReviewStatus | undefined) ?? 'draft',
    executiveSummary: row?.executiveSummary ?? drafted.executiveSummary,
    nextMonthPlan: row?.nextMonthPlan ?? drafted.nextMonthPlan,
    summaryDrafted: row?.executiveSummary == null,
    planDrafted: row?.nextMonthPlan == null,
    includeFees,
    reviewedAt: row?.reviewedAt ?? null,
    sentAt: row?.sentAt ?? null,
    lastExportedAt: lastExportedAt(ctx, row?.id ?? null),
  };
  return { review, model };
}

export function getReview(ctx: CoreContext, key: ReviewKey): Review {
  return reviewContent(ctx, key).review;
}

/** Every active client's review of the month, written or not yet, by client name. */
export function listReviews(ctx: CoreContext, query: { month: string }): ReviewListItem[] {
  const { db } = ctx.workspace;
  const active = db.select().from(clients).where(isNull(clients.archivedAt)).orderBy(clients.name).all();
  const ids = active.map((client) => client.id);
  const rows = new Map(
    (ids.length === 0 ? [] : db.select().from(monthlyReviews).where(and(eq(monthlyReviews.month, query.month), inArray(monthlyReviews.clientId, ids))).all()).map((row) => [row.clientId, row]),
  );
  const storeCounts = new Map<number, number>();
  for (const store of db.select({ clientId: stores.clientId }).from(stores).where(isNull(stores.archivedAt)).all()) {
    storeCounts.set(store.clientId, (storeCounts.get(store.clientId) ?? 0) + 1);
  }
  return active.map((client) => {
    const row = rows.get(client.id);
    return {
      id: row?.id ?? null,
      clientId: client.id,
      clientName: client.name,
      month: query.month,
      language: client.language as Language,
      status: (row?.status as ReviewStatus | undefined) ?? 'draft',
      reviewedAt: row?.reviewedAt ?? null,
      sentAt: row?.sentAt ?? null,
      lastExportedAt: lastExportedAt(ctx, row?.id ?? null),
      storeCount: storeCounts.get(client.id) ?? 0,
    };
  });
}

/** Saves the edited texts; an empty text goes back to the drafted one. Only a draft can be edited. */
export function updateReview(ctx: CoreContext, input: ReviewUpdateInput): Review {
  const key = { clientId: input.clientId, month: input.month };
  ctx.workspace.sqlite.transaction(() => {
    const row = ensureReviewRow(ctx, key);
    if (row.status !== 'draft') {
      throw new AppError('conflict', `The review of ${input.month} is ${row.status}; set it back to draft to edit it`, { field: 'status', status: row.status });
    }
    const text = (value: string | undefined, before: string | null) => (value === undefined ? before : value.trim() === '' ? null : value);
    ctx.workspace.db
      .update(monthlyReviews)
      .set({
        executiveSummary: text(input.executiveSummary, row.executiveSummary),
        nextMonthPlan: text(input.nextMonthPlan, row.nextMonthPlan),
        includeFees: input.includeFees ?? row.includeFees,
        updatedAt: ctx.now().toISOString(),
      })
      .where(eq(monthlyReviews.id, row.id))
      .run();
    recordAudit(ctx, { action: 'update', entity: 'monthly_review', entityId: row.id, details: { fields: Object.keys(input).filter((field) => field !== 'clientId' && field !== 'month') } });
  })();
  return getReview(ctx, key);
}

/**
 * draft → reviewed → sent, recording when. Marking it sent closes the month's review item of the
 * client's contracts (met, or breached when late) in the same transaction.
 */
export function setReviewStatus(ctx: CoreContext, input: ReviewKey & { status: ReviewStatus }): Review {
  const key = { clientId: input.clientId, month: input.month };
  ctx.workspace.sqlite.transaction(() => {
    const row = ensureReviewRow(ctx, key);
    const from = row.status as ReviewStatus;
    if (from === input.status) return;
    if (!NEXT_STATUSES[from].includes(input.status)) {
      throw new AppError('conflict', `A review that is ${from} cannot become ${input.status}`, { field: 'status', from, to: input.status });
    }
    const at = ctx.now().toISOString();
    ctx.workspace.db
      .update(monthlyReviews)
      .set({
        status: input.status,
        reviewedAt: input.status === 'reviewed' ? at : input.status === 'draft' ? null : row.reviewedAt,
        sentAt: input.status === 'sent' ? at : null,
        updatedAt: at,
      })
      .where(eq(monthlyReviews.id, row.id))
      .run();
    if (input.status === 'sent') closeMonthlyReviewItem(ctx, { ...key, at });
    recordAudit(ctx, { action: 'status', entity: 'monthly_review', entityId: row.id, details: { status: [from, input.status] } });
  })();
  return getReview(ctx, key);
}

export function listReviewExports(ctx: CoreContext, key: ReviewKey): ReviewExportRecord[] {
  const row = findRow(ctx, key);
  if (!row) return [];
  return ctx.workspace.db
    .select()
    .from(reviewExports)
    .where(eq(reviewExports.reviewId, row.id))
    .orderBy(desc(reviewExports.exportedAt), desc(reviewExports.id))
    .all()
    .map((record) => ({
      id: record.id,
      format: record.format as ReviewExportRecord['format'],
      language: record.language as Language,
      fileName: record.fileName,
      byteLength: record.byteLength,
      sha256: record.sha256,
      exportedAt: record.exportedAt,
      actor: record.actor,
    }));
}
