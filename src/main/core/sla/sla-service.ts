import { and, asc, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { SlaItem, SlaItemEvent, slaInputSchemas } from '@shared/api/sla-schemas';
import type { SlaItemAction } from '@shared/domain/agency-contracts';
import type { z } from 'zod';
import type { CoreContext } from '../core-context';
import { contracts, slaItemEvents, slaItems } from '../db/schema';
import { invalidField } from '../errors';
import { addDays, monthBounds } from '../contracts/calendar-months';
import { isActiveOn } from '../contracts/contract-lifecycle';
import { getContract } from '../contracts/contract-rows';
import { refreshSlaItems } from './sla-refresh';
import { closeSlaItem, openHourlyItem, pauseSlaItem, resumeSlaItem, waiveSlaItem } from './sla-item-lifecycle';
import { getSlaItem, getSlaItemRow, selectSlaItems, toSlaItem } from './sla-item-rows';
import { wallClockAt } from './zoned-time';

type SlaQuery = NonNullable<z.output<typeof slaInputSchemas.list>>;
type LogRequestInput = z.output<typeof slaInputSchemas.logRequest>;
type AnswerRequestInput = z.output<typeof slaInputSchemas.answerRequest>;

const HOUR_MS = 3_600_000;

/** Items due in `month` as each contract's zone counts months (a Tokyo review due 1 Dec 08:00 JST is December's). */
function dueInMonth(dueAt: string, timeZone: string, month: string | undefined): boolean {
  return month === undefined || wallClockAt(Date.parse(dueAt), timeZone).date.startsWith(month);
}

/** SLA items, soonest due first, after bringing the clock up to now. */
export function listSlaItems(ctx: CoreContext, query: SlaQuery = {}): SlaItem[] {
  refreshSlaItems(ctx);
  const now = ctx.now().getTime();
  const bounds = query.month ? monthBounds(query.month) : null;
  const where: (SQL | undefined)[] = [
    query.clientId ? eq(contracts.clientId, query.clientId) : undefined,
    query.contractId ? eq(slaItems.contractId, query.contractId) : undefined,
    query.status ? eq(slaItems.status, query.status) : undefined,
    // A day either side catches every zone's month; the exact month is judged per contract below.
    bounds ? gte(slaItems.dueAt, addDays(bounds.first, -1)) : undefined,
    bounds ? lte(slaItems.dueAt, addDays(bounds.last, 2)) : undefined,
    query.dueWithinHours !== undefined ? eq(slaItems.status, 'open') : undefined,
    query.dueWithinHours !== undefined ? lte(slaItems.dueAt, new Date(now + query.dueWithinHours * HOUR_MS).toISOString()) : undefined,
  ];
  return selectSlaItems(ctx)
    .where(and(...where))
    .orderBy(asc(slaItems.dueAt), asc(slaItems.id))
    .all()
    .filter((selection) => dueInMonth(selection.item.dueAt, selection.timeZone, query.month))
    .map((selection) => toSlaItem(selection, now));
}

export function slaItemDetail(ctx: CoreContext, id: number): SlaItem {
  refreshSlaItems(ctx);
  return getSlaItem(ctx, id);
}

export function slaItemHistory(ctx: CoreContext, id: number): SlaItemEvent[] {
  getSlaItemRow(ctx, id);
  return ctx.workspace.db
    .select()
    .from(slaItemEvents)
    .where(eq(slaItemEvents.itemId, id))
    .orderBy(desc(slaItemEvents.id))
    .all()
    .map((event) => ({ ...event, action: event.action as SlaItemAction }));
}

/** Runs a change on one item after bringing the clock up to now (an item past due is breached first), all in one transaction. */
function changeItem(ctx: CoreContext, id: number, change: (row: ReturnType<typeof getSlaItemRow>) => void): SlaItem {
  return ctx.workspace.sqlite.transaction(() => {
    refreshSlaItems(ctx);
    change(getSlaItemRow(ctx, id));
    return getSlaItem(ctx, id);
  })();
}

function instantInput(field: string, value: string | undefined, now: Date): string {
  const at = value === undefined ? now : new Date(value);
  if (at.getTime() > now.getTime()) throw invalidField(field, 'future', `${value} is in the future`);
  return at.toISOString();
}

/** A client request logged by hand: its clock runs from when the client asked, which may be earlier than now. */
export function logClientRequest(ctx: CoreContext, input: LogRequestInput): SlaItem {
  const item = ctx.workspace.sqlite.transaction(() => {
    const requestedAt = instantInput('requestedAt', input.requestedAt, ctx.now());
    const contract = getContract(ctx, input.contractId);
    if (contract.archivedAt) throw invalidField('contractId', 'archived', `contract ${contract.id} is archived`);
    if (!isActiveOn(contract, wallClockAt(Date.parse(requestedAt), contract.timeZone).date)) {
      throw invalidField('requestedAt', 'outside_contract', `contract ${contract.id} does not run on that day (${contract.startDate} to ${contract.endDate ?? 'open-ended'})`);
    }
    const term = contract.slaTerms.find((t) => t.kind === 'client_request');
    if (!term || term.kind !== 'client_request') throw invalidField('contractId', 'no_term', `contract ${contract.id} has no client request term`);
    const storeId = input.storeId ?? null;
    if (storeId !== null && !contract.stores.some((s) => s.storeId === storeId)) {
      throw invalidField('storeId', 'not_covered', `store ${storeId} is not covered by contract ${contract.id}`);
    }
    const contractClock = { id: contract.id, timeZone: contract.timeZone, businessHours: contract.businessHours };
    return openHourlyItem(ctx, contractClock, term, storeId, { type: 'request', title: input.title }, requestedAt);
  })();
  // A request logged after its due time is breached at once.
  refreshSlaItems(ctx);
  return getSlaItem(ctx, item.id);
}

export function answerClientRequest(ctx: CoreContext, input: AnswerRequestInput): SlaItem {
  return changeItem(ctx, input.id, (row) => {
    if (row.kind !== 'client_request') throw invalidField('id', 'not_a_request', `SLA item ${row.id} is a ${row.kind} item, not a client request`);
    if (row.closedAt !== null || row.status === 'waived') throw invalidField('id', 'closed', `SLA item ${row.id} is already ${row.closedAt ? 'answered' : 'waived'}`);
    const answeredAt = instantInput('answeredAt', input.answeredAt, ctx.now());
    if (answeredAt < row.startedAt) throw invalidField('answeredAt', 'before_request', `the answer cannot come before the request (${row.startedAt})`);
    closeSlaItem(ctx, row, answeredAt, input.note ?? null);
  });
}

export const slaItemActions = {
  pause: (ctx: CoreContext, id: number, reason: string) => changeItem(ctx, id, (row) => pauseSlaItem(ctx, row, reason)),
  resume: (ctx: CoreContext, id: number) => changeItem(ctx, id, (row) => resumeSlaItem(ctx, row)),
  waive: (ctx: CoreContext, id: number, reason: string) => changeItem(ctx, id, (row) => waiveSlaItem(ctx, row, reason)),
};
