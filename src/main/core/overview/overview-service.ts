import type { Overview } from '@shared/api/overview-schemas';
import { listAlerts } from '../alerts/alert-service';
import { projectionDays } from '../alerts/reconcile-alerts';
import type { CoreContext } from '../core-context';
import { getMatrix } from '../kpi/matrix-service';
import { slaDueSoon } from './sla-due-soon';
import { summariseOverview } from './summarise-overview';

/**
 * What needs attention today. Reads the cached matrix (no re-evaluation) and counts the alerts
 * the inbox shows by default, so every number matches the view it links to. The SLA clock is
 * brought up to now first, so an item past due is breached (and alerted) before it is counted.
 */
export function getOverview(ctx: CoreContext): Overview {
  const dueSoon = slaDueSoon(ctx);
  return summariseOverview(getMatrix(ctx), listAlerts(ctx, { status: 'open' }), projectionDays(ctx), dueSoon);
}
