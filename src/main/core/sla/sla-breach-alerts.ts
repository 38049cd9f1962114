import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { CoreContext } from '../core-context';
import { alertEvents, alerts, contracts, contractStores, slaItems, stores } from '../db/schema';
import type { SlaItemRow } from './sla-item-rows';

/** The metric key an SLA breach alert carries: "sla.alert_acknowledge" … one open alert per store and kind of promise. */
export function slaAlertMetricKey(kind: string): string {
  return `sla.${kind}`;
}

/** The store an alert about the item is filed under: its own, else the contract's first live covered store. */
function alertStoreOf(ctx: CoreContext, item: SlaItemRow): number | null {
  if (item.storeId !== null) return item.storeId;
  const first = ctx.workspace.db
    .select({ id: stores.id })
    .from(contractStores)
    .innerJoin(stores, eq(stores.id, contractStores.storeId))
    .where(and(eq(contractStores.contractId, item.contractId), isNull(stores.archivedAt)))
    .orderBy(asc(stores.id))
    .get();
  return first?.id ?? null;
}

/**
 * Breaches become alerts: an "sla_breach" alert (warning) in the inbox, under the item's store.
 * A store with an unresolved breach alert for the same kind of promise gets this item added to
 * it rather than a second alert. Answers the id of the alert it opened, if it opened one.
 */
export function raiseSlaBreachAlert(ctx: CoreContext, item: SlaItemRow, at: string): number | null {
  const { db } = ctx.workspace;
  const storeId = alertStoreOf(ctx, item);
  if (storeId === null) return null;
  const contract = db.select({ name: contracts.name }).from(contracts).where(eq(contracts.id, item.contractId)).get();
  const metricKey = slaAlertMetricKey(item.kind);
  const existing = db
    .select({ id: alerts.id, detail: alerts.detail })
    .from(alerts)
    .where(and(eq(alerts.storeId, storeId), eq(alerts.metricKey, metricKey), eq(alerts.kind, 'sla_breach'), isNull(alerts.resolvedAt)))
    .get();
  const detail = { contract: contract?.name ?? null, slaItemId: item.id, dueAt: item.dueAt };
  if (existing) {
    const breachedItems = Number(existing.detail?.breachedItems ?? 1) + 1;
    db.update(alerts).set({ detail: { ...detail, breachedItems }, dataDate: item.dueAt.slice(0, 10) }).where(eq(alerts.id, existing.id)).run();
    db.insert(alertEvents).values({ alertId: existing.id, at, actor: 'system', action: 'sla_item_breached', note: `SLA item ${item.id}` }).run();
    db.update(slaItems).set({ breachAlertId: existing.id }).where(eq(slaItems.id, item.id)).run();
    return null;
  }
  const opened = db
    .insert(alerts)
    .values({
      storeId,
      metricKey,
      kind: 'sla_breach',
      severity: 'warning',
      status: 'open',
      openedAt: at,
      dataDate: item.dueAt.slice(0, 10),
      value: null,
      detail: { ...detail, breachedItems: 1 },
    })
    .returning({ id: alerts.id })
    .get();
  db.insert(alertEvents).values({ alertId: opened.id, at, actor: 'system', action: 'opened', note: `SLA item ${item.id}` }).run();
  db.update(slaItems).set({ breachAlertId: opened.id }).where(eq(slaItems.id, item.id)).run();
  return opened.id;
}

/**
 * The item no longer counts as breached (waived, or its closing action turned out to be on
 * time): its alert resolves once no other breached item still stands behind it.
 */
export function resolveExcusedBreachAlert(ctx: CoreContext, item: SlaItemRow, at: string, note: string): void {
  if (item.breachAlertId === null) return;
  const { db } = ctx.workspace;
  const others = db
    .select({ id: slaItems.id })
    .from(slaItems)
    .where(and(eq(slaItems.breachAlertId, item.breachAlertId), ne(slaItems.id, item.id), eq(slaItems.status, 'breached')))
    .get();
  if (others) return;
  const resolved = db
    .update(alerts)
    .set({ status: 'resolved', resolvedAt: at })
    .where(and(eq(alerts.id, item.breachAlertId), isNull(alerts.resolvedAt)))
    .returning({ id: alerts.id })
    .get();
  if (resolved) db.insert(alertEvents).values({ alertId: resolved.id, at, actor: ctx.actor, action: 'resolved', note }).run();
}
