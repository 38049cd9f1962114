import { and, eq, lte } from 'drizzle-orm';
import type { CoreContext } from '../core-context';
import { slaItems } from '../db/schema';
import { laterDay, monthOf, monthsFromTo, previousMonth } from '../contracts/calendar-months';
import { liveContractsWithTerm } from './sla-event-hooks';
import { markSlaItemBreached, openMonthlyReviewItem } from './sla-item-lifecycle';
import { wallClockAt } from './zoned-time';

export interface SlaRefreshResult {
  opened: number;
  breached: number;
}

/**
 * Opens the review items of every month that has ended (in the contract's zone) within the
 * contract period since the term was agreed — never a backlog from before it. Idempotent.
 */
function openDueMonthlyReviews(ctx: CoreContext, now: number): number {
  let opened = 0;
  for (const { contract, period, term, termAgreedAt } of liveContractsWithTerm(ctx, 'monthly_review', {})) {
    if (term.kind !== 'monthly_review') continue;
    const lastEnded = previousMonth(monthOf(wallClockAt(now, contract.timeZone).date));
    const first = laterDay(monthOf(period.startDate), monthOf(wallClockAt(Date.parse(termAgreedAt), contract.timeZone).date));
    const last = period.endDate !== null && monthOf(period.endDate) < lastEnded ? monthOf(period.endDate) : lastEnded;
    const months = monthsFromTo(first, last);
    if (months.length === 0) continue;
    const existing = new Set(
      ctx.workspace.db
        .select({ month: slaItems.month })
        .from(slaItems)
        .where(and(eq(slaItems.contractId, contract.id), eq(slaItems.kind, 'monthly_review')))
        .all()
        .map((row) => row.month),
    );
    for (const month of months.filter((m) => !existing.has(m))) {
      openMonthlyReviewItem(ctx, contract, term.dayOfMonth, month);
      opened++;
    }
  }
  return opened;
}

/** Open items past their due time without the closing action: breached, each raising its alert. */
function breachOverdueItems(ctx: CoreContext, now: number): number {
  const at = new Date(now).toISOString();
  const overdue = ctx.workspace.db.select().from(slaItems).where(and(eq(slaItems.status, 'open'), lte(slaItems.dueAt, at))).all();
  for (const row of overdue) markSlaItemBreached(ctx, row, at);
  return overdue.length;
}

/**
 * Brings the SLA clock up to now. Core has no scheduler: every read of SLA items (lists,
 * compliance, the overview) refreshes first, and hosts may call `sla.refresh` on a timer.
 */
export function refreshSlaItems(ctx: CoreContext): SlaRefreshResult {
  const now = ctx.now().getTime();
  return ctx.workspace.sqlite.transaction(() => ({ opened: openDueMonthlyReviews(ctx, now), breached: breachOverdueItems(ctx, now) }))();
}
