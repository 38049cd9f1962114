import { and, eq, inArray } from 'drizzle-orm';
import type { BusinessHours, SlaTerm } from '@shared/api/agency-contract-schemas';
import type { SlaItemAction } from '@shared/domain/agency-contracts';
import type { CoreContext } from '../core-context';
import { slaItemEvents, slaItems } from '../db/schema';
import { invalidField } from '../errors';
import { nextMonth } from '../contracts/calendar-months';
import { computeDueTime, computeWarnTime } from './compute-due-time';
import { raiseSlaBreachAlert, resolveExcusedBreachAlert } from './sla-breach-alerts';
import { clockSpecOf, type SlaItemRow } from './sla-item-rows';
import { instantOfWallClock } from './zoned-time';

const MINUTE_MS = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The contract facts an item's clock is built from. */
export interface ItemContract {
  id: number;
  timeZone: string;
  businessHours: BusinessHours | null;
}

export type ItemSource =
  | { type: 'alert'; alertId: number }
  | { type: 'poa_case'; poaCaseId: number }
  | { type: 'month'; month: string }
  | { type: 'request'; title: string };

function recordEvent(ctx: CoreContext, itemId: number, action: SlaItemAction, at: string, note: string | null = null): void {
  ctx.workspace.db.insert(slaItemEvents).values({ itemId, at, actor: ctx.actor, action, note }).run();
}

/** A month's review is owed from the first instant of the next month until the end of its `dayOfMonth`, in the contract's zone. */
export function monthlyReviewWindow(month: string, dayOfMonth: number, timeZone: string): { startedAt: number; dueAt: number } {
  const following = nextMonth(month);
  return {
    startedAt: instantOfWallClock(`${following}-01`, 0, timeZone),
    dueAt: instantOfWallClock(`${following}-${String(dayOfMonth).padStart(2, '0')}`, 24 * 60, timeZone),
  };
}

type HourlyTerm = Exclude<SlaTerm, { kind: 'monthly_review' }>;
type HourlySource = Exclude<ItemSource, { type: 'month' }>;

interface ItemClock {
  startedAt: string;
  allowanceMinutes: number;
  businessCalendar: SlaItemRow['businessCalendar'];
}

function insertItem(ctx: CoreContext, contractId: number, kind: SlaTerm['kind'], storeId: number | null, source: ItemSource, clock: ItemClock): SlaItemRow {
  const spec = clockSpecOf({ ...clock, pauses: [] }, 0);
  const at = ctx.now().toISOString();
  const row = ctx.workspace.db
    .insert(slaItems)
    .values({
      contractId,
      storeId,
      kind,
      sourceType: source.type,
      alertId: source.type === 'alert' ? source.alertId : null,
      poaCaseId: source.type === 'poa_case' ? source.poaCaseId : null,
      month: source.type === 'month' ? source.month : null,
      title: source.type === 'request' ? source.title : null,
      ...clock,
      dueAt: iso(computeDueTime(spec)),
      warnAt: iso(computeWarnTime(spec)),
      status: 'open',
      pauses: [],
      createdAt: at,
    })
    .returning()
    .get();
  recordEvent(ctx, row.id, 'opened', at);
  return row;
}

/**
 * Opens an item for an event at `startedAt` under the contract's term as it stands now: the item
 * keeps that allowance and business calendar, so a later edit of the contract changes new items only.
 */
export function openHourlyItem(ctx: CoreContext, contract: ItemContract, term: HourlyTerm, storeId: number | null, source: HourlySource, startedAt: string): SlaItemRow {
  const businessCalendar = term.clock === 'business' && contract.businessHours ? { timeZone: contract.timeZone, ...contract.businessHours } : null;
  return insertItem(ctx, contract.id, term.kind, storeId, source, { startedAt, allowanceMinutes: Math.round(term.hours * 60), businessCalendar });
}

/** Opens the review owed for `month`: from the month's end to the end of `dayOfMonth` of the next, counted in full. */
export function openMonthlyReviewItem(ctx: CoreContext, contract: ItemContract, dayOfMonth: number, month: string): SlaItemRow {
  const window = monthlyReviewWindow(month, dayOfMonth, contract.timeZone);
  return insertItem(ctx, contract.id, 'monthly_review', null, { type: 'month', month }, {
    startedAt: iso(window.startedAt),
    allowanceMinutes: Math.round((window.dueAt - window.startedAt) / MINUTE_MS),
    businessCalendar: null,
  });
}

function closedPauses(row: SlaItemRow, at: string): SlaItemRow['pauses'] {
  return row.pauses.map((pause) => (pause.to === null ? { ...pause, to: at } : pause));
}

/**
 * The closing action happened at `at` (acknowledged, delivered, answered): met when on time,
 * else breached (and an alert raised). An item already found breached only records when it was
 * closed. Answers the id of an alert it opened, if any.
 */
export function closeSlaItem(ctx: CoreContext, row: SlaItemRow, at: string, note: string | null = null): number | null {
  if (row.status === 'met' || row.status === 'waived' || row.closedAt !== null) return null;
  const { db } = ctx.workspace;
  if (row.status === 'breached') {
    // Done in time but recorded after the clock had run out: met after all.
    const inTime = Date.parse(at) <= Date.parse(row.dueAt);
    db.update(slaItems).set(inTime ? { status: 'met', closedAt: at, breachedAt: null } : { closedAt: at }).where(eq(slaItems.id, row.id)).run();
    recordEvent(ctx, row.id, inTime ? 'met' : 'closed_late', at, note);
    if (inTime) resolveExcusedBreachAlert(ctx, row, ctx.now().toISOString(), `SLA item ${row.id} was met in time (recorded later)`);
    return null;
  }
  const pauses = closedPauses(row, at);
  const due = computeDueTime(clockSpecOf({ ...row, pauses }, Date.parse(at)));
  const onTime = Date.parse(at) <= due;
  const updated = db
    .update(slaItems)
    .set({ status: onTime ? 'met' : 'breached', pauses, dueAt: iso(due), closedAt: at, breachedAt: onTime ? null : iso(due) })
    .where(eq(slaItems.id, row.id))
    .returning()
    .get();
  recordEvent(ctx, row.id, onTime ? 'met' : 'closed_late', at, note);
  return onTime ? null : raiseSlaBreachAlert(ctx, updated, at);
}

/** An open item whose due time has passed without the closing action: breached as of its due time. */
export function markSlaItemBreached(ctx: CoreContext, row: SlaItemRow, at: string): number | null {
  const updated = ctx.workspace.db.update(slaItems).set({ status: 'breached', breachedAt: row.dueAt }).where(eq(slaItems.id, row.id)).returning().get();
  recordEvent(ctx, row.id, 'breached', at);
  return raiseSlaBreachAlert(ctx, updated, at);
}

export function pauseSlaItem(ctx: CoreContext, row: SlaItemRow, reason: string): void {
  if (row.status !== 'open') throw invalidField('id', 'not_open', `SLA item ${row.id} is ${row.status}; only an open item can be paused`);
  const at = ctx.now().toISOString();
  ctx.workspace.db
    .update(slaItems)
    .set({ status: 'paused', pauses: [...row.pauses, { from: at, to: null, reason }] })
    .where(eq(slaItems.id, row.id))
    .run();
  recordEvent(ctx, row.id, 'paused', at, reason);
}

/** The clock runs again; the time it stood still moves the due and warning times on. */
export function resumeSlaItem(ctx: CoreContext, row: SlaItemRow): void {
  if (row.status !== 'paused') throw invalidField('id', 'not_paused', `SLA item ${row.id} is ${row.status}; only a paused item can be resumed`);
  const at = ctx.now().toISOString();
  const pauses = closedPauses(row, at);
  const spec = clockSpecOf({ ...row, pauses }, Date.parse(at));
  ctx.workspace.db
    .update(slaItems)
    .set({ status: 'open', pauses, dueAt: iso(computeDueTime(spec)), warnAt: iso(computeWarnTime(spec)) })
    .where(eq(slaItems.id, row.id))
    .run();
  recordEvent(ctx, row.id, 'resumed', at);
}

/** Excused (by the client, or because the promise no longer applies): left out of compliance. */
export function waiveSlaItem(ctx: CoreContext, row: SlaItemRow, reason: string): void {
  if (!['open', 'paused', 'breached'].includes(row.status)) {
    throw invalidField('id', 'not_waivable', `SLA item ${row.id} is ${row.status}; only an open, paused or breached item can be waived`);
  }
  const at = ctx.now().toISOString();
  ctx.workspace.db
    .update(slaItems)
    .set({ status: 'waived', pauses: closedPauses(row, at), waivedAt: at, waiveReason: reason })
    .where(eq(slaItems.id, row.id))
    .run();
  recordEvent(ctx, row.id, 'waived', at, reason);
  resolveExcusedBreachAlert(ctx, row, at, `SLA item ${row.id} waived: ${reason}`);
}

/** Waives every item of the contract still on the clock; answers their ids. */
export function waiveOpenItemsOfContract(ctx: CoreContext, contractId: number, reason: string): number[] {
  const open = ctx.workspace.db
    .select()
    .from(slaItems)
    .where(and(eq(slaItems.contractId, contractId), inArray(slaItems.status, ['open', 'paused'])))
    .all();
  for (const row of open) waiveSlaItem(ctx, row, reason);
  return open.map((row) => row.id);
}
