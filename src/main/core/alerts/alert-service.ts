import { and, asc, desc, eq, gt, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Alert, AlertEvent, alertQuerySchema } from '@shared/api/alert-schemas';
import type { z } from 'zod';
import type { CoreContext } from '../core-context';
import { alertEvents, alerts, clients, stores } from '../db/schema';
import { invalidField, notFound } from '../errors';

type AlertQuery = NonNullable<z.output<typeof alertQuerySchema>>;

const SEVERITY_ORDER = sql`CASE ${alerts.severity} WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END`;

function selectAlerts(ctx: CoreContext) {
  return ctx.workspace.db
    .select({
      id: alerts.id,
      storeId: alerts.storeId,
      storeName: stores.displayName,
      clientName: clients.name,
      metricKey: alerts.metricKey,
      kind: alerts.kind,
      severity: alerts.severity,
      status: alerts.status,
      openedAt: alerts.openedAt,
      dataDate: alerts.dataDate,
      value: alerts.value,
      detail: alerts.detail,
      assignee: alerts.assignee,
      snoozedUntil: alerts.snoozedUntil,
      acknowledgedAt: alerts.acknowledgedAt,
      resolvedAt: alerts.resolvedAt,
    })
    .from(alerts)
    .innerJoin(stores, eq(stores.id, alerts.storeId))
    .innerJoin(clients, eq(clients.id, stores.clientId));
}

/** Alerts by severity, then oldest first: what has waited longest comes first. */
export function listAlerts(ctx: CoreContext, query: AlertQuery = {}): Alert[] {
  const status = query.status ?? 'open';
  const today = ctx.now().toISOString().slice(0, 10);
  const hideSnoozed = query.hideSnoozed ?? status === 'open';
  return selectAlerts(ctx)
    .where(
      and(
        status === 'open' ? isNull(alerts.resolvedAt) : status === 'resolved' ? isNotNull(alerts.resolvedAt) : undefined,
        query.storeId ? eq(alerts.storeId, query.storeId) : undefined,
        query.clientId ? eq(stores.clientId, query.clientId) : undefined,
        query.kind ? eq(alerts.kind, query.kind) : undefined,
        hideSnoozed ? or(isNull(alerts.snoozedUntil), gt(sql`${today}`, alerts.snoozedUntil)) : undefined,
      ),
    )
    .orderBy(SEVERITY_ORDER, asc(alerts.openedAt), asc(alerts.id))
    .all() as Alert[];
}

export function getAlert(ctx: CoreContext, id: number): Alert {
  const row = selectAlerts(ctx).where(eq(alerts.id, id)).get();
  if (!row) throw notFound('Alert', id);
  return row as Alert;
}

export function alertHistory(ctx: CoreContext, id: number): AlertEvent[] {
  getAlert(ctx, id);
  return ctx.workspace.db.select().from(alertEvents).where(eq(alertEvents.alertId, id)).orderBy(desc(alertEvents.id)).all();
}

type AlertChange = Partial<typeof alerts.$inferInsert>;

/** Applies a user action to an open alert and records it in the alert's history. */
function act(ctx: CoreContext, id: number, action: string, change: AlertChange, note: string | null): Alert {
  return ctx.workspace.sqlite.transaction(() => {
    const alert = getAlert(ctx, id);
    if (alert.resolvedAt && action !== 'commented') {
      throw invalidField('id', 'resolved', `alert ${id} is already resolved`);
    }
    if (Object.keys(change).length > 0) ctx.workspace.db.update(alerts).set(change).where(eq(alerts.id, id)).run();
    ctx.workspace.db.insert(alertEvents).values({ alertId: id, at: ctx.now().toISOString(), actor: ctx.actor, action, note }).run();
    return getAlert(ctx, id);
  })();
}

export const alertActions = {
  acknowledge: (ctx: CoreContext, id: number, note?: string) =>
    act(ctx, id, 'acknowledged', { status: 'acknowledged', acknowledgedAt: ctx.now().toISOString() }, note ?? null),
  assign: (ctx: CoreContext, id: number, assignee: string) => act(ctx, id, 'assigned', { assignee }, assignee),
  snooze: (ctx: CoreContext, id: number, until: string, note?: string) => {
    if (until <= ctx.now().toISOString().slice(0, 10)) throw invalidField('until', 'not_future', 'must be a day after today');
    return act(ctx, id, 'snoozed', { snoozedUntil: until }, note ?? until);
  },
  comment: (ctx: CoreContext, id: number, note: string) => act(ctx, id, 'commented', {}, note),
  resolve: (ctx: CoreContext, id: number, note?: string) =>
    act(ctx, id, 'resolved', { status: 'resolved', resolvedAt: ctx.now().toISOString() }, note ?? null),
};
