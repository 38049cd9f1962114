import { and, eq, isNull, ne } from 'drizzle-orm';
import type { StoreStage } from '@shared/domain/stores';
import type { CoreContext } from '../core-context';
import { alertEvents, alerts, workspaceMeta } from '../db/schema';
import { excuseAlertAcknowledgeItems, openAlertAcknowledgeItems } from '../sla/sla-event-hooks';
import { desiredAlerts, type EvaluatedState } from './alert-rules';

export const PROJECTION_DAYS_KEY = 'alerts.projection_days';
export const DEFAULT_PROJECTION_DAYS = 14;

export function projectionDays(ctx: CoreContext): number {
  const row = ctx.workspace.db.select().from(workspaceMeta).where(eq(workspaceMeta.key, PROJECTION_DAYS_KEY)).get();
  const days = Number(row?.value);
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_PROJECTION_DAYS;
}

/**
 * Opens the alerts a store's metrics call for (one open alert per store × metric × kind) and
 * resolves open ones whose condition has cleared; history stays in alert_events. A breach alert
 * starts the SLA clock of the contracts covering the store. Answers the ids of the alerts it opened.
 */
export function reconcileAlerts(
  ctx: CoreContext,
  storeId: number,
  stage: StoreStage,
  states: readonly EvaluatedState[],
  horizonDays = projectionDays(ctx),
): number[] {
  const { db } = ctx.workspace;
  const now = ctx.now();
  const at = now.toISOString();
  const wanted = desiredAlerts(states, stage, now, horizonDays);
  // SLA breach alerts are raised by the SLA clock, not by the metrics: evaluation leaves them be.
  const open = db
    .select()
    .from(alerts)
    .where(and(eq(alerts.storeId, storeId), isNull(alerts.resolvedAt), ne(alerts.kind, 'sla_breach')))
    .all();
  const key = (a: { metricKey: string; kind: string }) => `${a.metricKey}|${a.kind}`;
  const openByKey = new Map(open.map((a) => [key(a), a]));
  const wantedKeys = new Set(wanted.map(key));
  const opened: number[] = [];

  for (const alert of open) {
    if (wantedKeys.has(key(alert))) continue;
    db.update(alerts).set({ status: 'resolved', resolvedAt: at }).where(eq(alerts.id, alert.id)).run();
    db.insert(alertEvents).values({ alertId: alert.id, at, actor: 'system', action: 'auto_resolved', note: null }).run();
    if (alert.kind === 'breach') excuseAlertAcknowledgeItems(ctx, alert.id);
  }
  for (const desired of wanted) {
    const existing = openByKey.get(key(desired));
    if (existing) {
      db.update(alerts).set({ value: desired.value, dataDate: desired.dataDate, detail: desired.detail }).where(eq(alerts.id, existing.id)).run();
      continue;
    }
    const inserted = db
      .insert(alerts)
      .values({ storeId, ...desired, status: 'open', openedAt: at })
      .returning({ id: alerts.id })
      .get();
    db.insert(alertEvents).values({ alertId: inserted.id, at, actor: 'system', action: 'opened', note: null }).run();
    if (desired.kind === 'breach') openAlertAcknowledgeItems(ctx, { id: inserted.id, storeId, openedAt: at });
    opened.push(inserted.id);
  }
  return opened;
}
