import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { BusinessHours, SlaTerm } from '@shared/api/agency-contract-schemas';
import type { SlaTermKind } from '@shared/domain/agency-contracts';
import type { CoreContext } from '../core-context';
import { contracts, contractSlaTerms, contractStores, slaItems } from '../db/schema';
import { isActiveOn, runsDuring } from '../contracts/contract-lifecycle';
import { toSlaTerm } from '../contracts/contract-rows';
import { closeSlaItem, openHourlyItem, openMonthlyReviewItem, waiveSlaItem, type ItemContract } from './sla-item-lifecycle';
import { wallClockAt } from './zoned-time';

// The events that open and close SLA items. Each runs inside the caller's transaction (alert
// reconciliation, an alert action, a POA transition, a review marked sent), so an item exists
// exactly when its event does.

export interface ContractTerm {
  contract: ItemContract;
  period: ContractPeriodFacts;
  term: SlaTerm;
  /** When the term was agreed: monthly reviews are owed for the months that end after it. */
  termAgreedAt: string;
}
type ContractPeriodFacts = { startDate: string; endDate: string | null; archivedAt: string | null };

/** Live (unarchived) contracts with a term of this kind, of one store or one client. */
export function liveContractsWithTerm(ctx: CoreContext, kind: SlaTermKind, scope: { storeId?: number; clientId?: number }): ContractTerm[] {
  const { db } = ctx.workspace;
  const covering = (storeId: number) => db.select({ id: contractStores.contractId }).from(contractStores).where(eq(contractStores.storeId, storeId));
  return db
    .select({ contract: contracts, term: contractSlaTerms })
    .from(contracts)
    .innerJoin(contractSlaTerms, and(eq(contractSlaTerms.contractId, contracts.id), eq(contractSlaTerms.kind, kind)))
    .where(
      and(
        isNull(contracts.archivedAt),
        scope.storeId !== undefined ? inArray(contracts.id, covering(scope.storeId)) : undefined,
        scope.clientId !== undefined ? eq(contracts.clientId, scope.clientId) : undefined,
      ),
    )
    .all()
    .map(({ contract, term }) => ({
      contract: { id: contract.id, timeZone: contract.timeZone, businessHours: contract.businessHours as BusinessHours | null },
      period: contract,
      term: toSlaTerm(term),
      termAgreedAt: term.createdAt,
    }));
}

/** Those running on the day `at` falls on, in each contract's own zone. */
function runningAt(list: ContractTerm[], at: string): ContractTerm[] {
  const instant = Date.parse(at);
  return list.filter(({ contract, period }) => isActiveOn(period, wallClockAt(instant, contract.timeZone).date));
}

function openHourlyItems(ctx: CoreContext, kind: 'alert_acknowledge' | 'poa_delivery', storeId: number, source: Parameters<typeof openHourlyItem>[4], at: string): number[] {
  return runningAt(liveContractsWithTerm(ctx, kind, { storeId }), at).flatMap(({ contract, term }) =>
    term.kind === kind ? [openHourlyItem(ctx, contract, term, storeId, source, at).id] : [],
  );
}

function itemsOnTheClock(ctx: CoreContext, where: ReturnType<typeof and>) {
  return ctx.workspace.db
    .select()
    .from(slaItems)
    .where(and(where, inArray(slaItems.status, ['open', 'paused', 'breached']), isNull(slaItems.closedAt)))
    .all();
}

/** A breach alert opened: every live contract covering the store with an acknowledgement term starts a clock. */
export function openAlertAcknowledgeItems(ctx: CoreContext, alert: { id: number; storeId: number; openedAt: string }): number[] {
  return openHourlyItems(ctx, 'alert_acknowledge', alert.storeId, { type: 'alert', alertId: alert.id }, alert.openedAt);
}

/** The alert was acknowledged (or resolved by a user, which implies it): its items are met, or breached if late. */
export function closeAlertAcknowledgeItems(ctx: CoreContext, alertId: number, at: string): void {
  for (const row of itemsOnTheClock(ctx, and(eq(slaItems.alertId, alertId), eq(slaItems.kind, 'alert_acknowledge')))) closeSlaItem(ctx, row, at);
}

/**
 * The metric recovered and the alert resolved itself before anyone acknowledged it: nothing is
 * left to acknowledge, so items still on time are waived. One already breached stays breached.
 */
export function excuseAlertAcknowledgeItems(ctx: CoreContext, alertId: number): void {
  for (const row of itemsOnTheClock(ctx, and(eq(slaItems.alertId, alertId), eq(slaItems.kind, 'alert_acknowledge')))) {
    if (row.status !== 'breached') waiveSlaItem(ctx, row, 'the alert resolved itself before it was acknowledged');
  }
}

/**
 * A POA case opened after a suspension notice: each live contract covering the store with a
 * POA delivery term starts a clock from `openedAt`. For the POA service to call when a case is
 * opened; answers the ids of the items opened.
 */
export function openPoaDeliveryItem(ctx: CoreContext, input: { storeId: number; caseId: number; openedAt: string }): number[] {
  return openHourlyItems(ctx, 'poa_delivery', input.storeId, { type: 'poa_case', poaCaseId: input.caseId }, input.openedAt);
}

/** The case's POA was submitted at `at`: its delivery items are met, or breached if late. For the POA service to call. */
export function closePoaDeliveryItem(ctx: CoreContext, caseId: number, at: string): void {
  for (const row of itemsOnTheClock(ctx, and(eq(slaItems.poaCaseId, caseId), eq(slaItems.kind, 'poa_delivery')))) closeSlaItem(ctx, row, at);
}

/**
 * The client's review of `month` was marked sent at `at`: the review items of the client's
 * contracts for that month are met, or breached if late. Opens an item first when the month's
 * review was not owed yet (sent early, or before any list refreshed the months). For the reviews service to call.
 */
export function closeMonthlyReviewItem(ctx: CoreContext, input: { clientId: number; month: string; at: string }): void {
  for (const { contract, period, term } of liveContractsWithTerm(ctx, 'monthly_review', { clientId: input.clientId })) {
    if (term.kind !== 'monthly_review' || !runsDuring(period, input.month)) continue;
    const existing = ctx.workspace.db
      .select()
      .from(slaItems)
      .where(and(eq(slaItems.contractId, contract.id), eq(slaItems.kind, 'monthly_review'), eq(slaItems.month, input.month)))
      .get();
    closeSlaItem(ctx, existing ?? openMonthlyReviewItem(ctx, contract, term.dayOfMonth, input.month), input.at);
  }
}
