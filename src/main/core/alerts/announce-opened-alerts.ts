import { and, gte, lte } from 'drizzle-orm';
import type { EventPayload } from '@shared/api/contract';
import type { CoreContext } from '../core-context';
import { alerts } from '../db/schema';
import { countOpenBreaches, selectAlerts } from './alert-service';

type OpenedAlert = EventPayload<'alerts.opened'>['alerts'][number];

/**
 * Tells the hosts (desktop notifications, window badge) which alerts an evaluation run opened,
 * once per run and only when it opened any. Called after the run's transaction committed, so
 * nothing is announced that a rollback took back.
 */
export function announceOpenedAlerts(ctx: CoreContext, openedIds: readonly number[]): void {
  if (openedIds.length === 0) return;
  const wanted = new Set(openedIds);
  const first = openedIds.reduce((a, b) => Math.min(a, b));
  const last = openedIds.reduce((a, b) => Math.max(a, b));
  // A range rather than an IN list: a demo run opens thousands, and ids only grow.
  const opened = selectAlerts(ctx)
    .where(and(gte(alerts.id, first), lte(alerts.id, last)))
    .orderBy(alerts.id)
    .all()
    .filter((alert) => wanted.has(alert.id))
    .map(({ id, storeId, storeName, metricKey, kind, severity }) => ({ id, storeId, storeName, metricKey, kind, severity }) as OpenedAlert);
  ctx.events.emit('alerts.opened', { alerts: opened, openBreaches: countOpenBreaches(ctx) });
}
