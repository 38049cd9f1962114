import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { SlaItem } from '@shared/api/sla-schemas';
import type { SlaClock, SlaItemStatus, SlaSourceType, SlaTermKind } from '@shared/domain/agency-contracts';
import type { CoreContext } from '../core-context';
import { alerts, clients, contracts, slaItems, stores } from '../db/schema';
import { notFound } from '../errors';
import { computeDueTime, computeWarnTime, type SlaClockSpec } from './compute-due-time';

export type SlaItemRow = typeof slaItems.$inferSelect;

const sourceAlert = alias(alerts, 'source_alert');

/** Items with the names a list shows: contract, client, store, and the metric of the alert that opened it. */
export function selectSlaItems(ctx: CoreContext) {
  return ctx.workspace.db
    .select({
      item: slaItems,
      contractName: contracts.name,
      clientId: contracts.clientId,
      clientName: clients.name,
      timeZone: contracts.timeZone,
      storeName: stores.displayName,
      metricKey: sourceAlert.metricKey,
    })
    .from(slaItems)
    .innerJoin(contracts, eq(contracts.id, slaItems.contractId))
    .innerJoin(clients, eq(clients.id, contracts.clientId))
    .leftJoin(stores, eq(stores.id, slaItems.storeId))
    .leftJoin(sourceAlert, eq(sourceAlert.id, slaItems.alertId));
}
export type SlaItemSelection = ReturnType<ReturnType<typeof selectSlaItems>['all']>[number];

export function getSlaItemRow(ctx: CoreContext, id: number): SlaItemRow {
  const row = ctx.workspace.db.select().from(slaItems).where(eq(slaItems.id, id)).get();
  if (!row) throw notFound('SLA item', id);
  return row;
}

/** The item's clock, an open pause counted as lasting until `until` (epoch ms). */
export function clockSpecOf(row: Pick<SlaItemRow, 'startedAt' | 'allowanceMinutes' | 'businessCalendar' | 'pauses'>, until: number): SlaClockSpec {
  return {
    startedAt: Date.parse(row.startedAt),
    allowanceMinutes: row.allowanceMinutes,
    calendar: row.businessCalendar,
    pauses: row.pauses.map((pause) => ({ from: Date.parse(pause.from), to: pause.to === null ? until : Date.parse(pause.to) })),
  };
}

function urgencyOf(row: SlaItemRow, now: number): SlaItem['urgency'] {
  if (row.status !== 'open') return null;
  if (now >= Date.parse(row.dueAt)) return 'overdue';
  return now >= Date.parse(row.warnAt) ? 'due_soon' : 'on_track';
}

/** The item as the API shows it; a paused item's due and warning times are those it would have if resumed now. */
export function toSlaItem(selection: SlaItemSelection, now: number): SlaItem {
  const { item } = selection;
  const paused = item.status === 'paused';
  const spec = paused ? clockSpecOf(item, now) : null;
  const openPause = item.pauses.find((pause) => pause.to === null);
  return {
    id: item.id,
    contractId: item.contractId,
    contractName: selection.contractName,
    clientId: selection.clientId,
    clientName: selection.clientName,
    storeId: item.storeId,
    storeName: selection.storeName,
    kind: item.kind as SlaTermKind,
    sourceType: item.sourceType as SlaSourceType,
    alertId: item.alertId,
    metricKey: selection.metricKey,
    poaCaseId: item.poaCaseId,
    month: item.month,
    title: item.title,
    startedAt: item.startedAt,
    allowanceHours: item.allowanceMinutes / 60,
    clock: (item.businessCalendar ? 'business' : 'calendar') as SlaClock,
    dueAt: spec ? new Date(computeDueTime(spec)).toISOString() : item.dueAt,
    warnAt: spec ? new Date(computeWarnTime(spec)).toISOString() : item.warnAt,
    status: item.status as SlaItemStatus,
    urgency: urgencyOf(item, now),
    pauses: item.pauses,
    closedAt: item.closedAt,
    breachedAt: item.breachedAt,
    waivedAt: item.waivedAt,
    reason: item.status === 'waived' ? item.waiveReason : (openPause?.reason ?? null),
    breachAlertId: item.breachAlertId,
    createdAt: item.createdAt,
  };
}

export function getSlaItem(ctx: CoreContext, id: number): SlaItem {
  const selection = selectSlaItems(ctx).where(eq(slaItems.id, id)).get();
  if (!selection) throw notFound('SLA item', id);
  return toSlaItem(selection, ctx.now().getTime());
}
