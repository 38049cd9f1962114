import { and, asc, count, desc, eq, gt, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Alert, AlertEvent, alertQuerySchema } from '@shared/api/alert-schemas';
import type { z } from 'zod';
import type { CoreContext } from '../core-context';
import { alertEvents, alerts, clients, stores } from '../db/schema';
import { notFound } from '../errors';

type AlertQuery = NonNullable<z.output<typeof alertQuerySchema>>;

const SEVERITY_ORDER = sql`CASE ${alerts.severity} WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END`;

export function selectAlerts(ctx: CoreContext) {
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

function statusCondition(status: NonNullable<AlertQuery['status']>) {
  switch (status) {
    case 'open':
      return isNull(alerts.resolvedAt);
    case 'acknowledged':
      return and(isNull(alerts.resolvedAt), eq(alerts.status, 'acknowledged'));
    case 'resolved':
      return isNotNull(alerts.resolvedAt);
    case 'all':
      return undefined;
  }
}

/** "" asks for the alerts nobody has taken; assign trims names, so a blank one never reaches the table. */
function assigneeCondition(assignee: string | undefined) {
  if (assignee === undefined) return undefined;
  return assignee === '' ? or(isNull(alerts.assignee), eq(alerts.assignee, '')) : eq(alerts.assignee, assignee);
}

/**
 * The inbox: critical first, then what has waited longest. Archived stores are out of the daily
 * work, so their alerts are left out like they are from the matrix.
 */
export function listAlerts(ctx: CoreContext, query: AlertQuery = {}): Alert[] {
  const status = query.status ?? 'open';
  const today = ctx.now().toISOString().slice(0, 10);
  const hideSnoozed = query.hideSnoozed ?? status === 'open';
  return selectAlerts(ctx)
    .where(
      and(
        isNull(stores.archivedAt),
        statusCondition(status),
        query.storeId ? eq(alerts.storeId, query.storeId) : undefined,
        query.clientId ? eq(stores.clientId, query.clientId) : undefined,
        query.metricKey ? eq(alerts.metricKey, query.metricKey) : undefined,
        query.kind ? eq(alerts.kind, query.kind) : undefined,
        query.severity ? eq(alerts.severity, query.severity) : undefined,
        assigneeCondition(query.assignee),
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

/** Unresolved breach alerts of live stores, snoozed ones included: what the window badge counts. */
export function countOpenBreaches(ctx: CoreContext): number {
  const row = ctx.workspace.db
    .select({ n: count() })
    .from(alerts)
    .innerJoin(stores, eq(stores.id, alerts.storeId))
    .where(and(isNull(alerts.resolvedAt), eq(alerts.kind, 'breach'), isNull(stores.archivedAt)))
    .get();
  return row?.n ?? 0;
}
