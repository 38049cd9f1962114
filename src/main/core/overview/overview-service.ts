import type { Overview } from '@shared/api/overview-schemas';
import { listAlerts } from '../alerts/alert-service';
import { projectionDays } from '../alerts/reconcile-alerts';
import type { CoreContext } from '../core-context';
import { getMatrix } from '../kpi/matrix-service';
import { summariseOverview } from './summarise-overview';

/**
 * What needs attention today. Reads the cached matrix (no re-evaluation) and counts the alerts
 * the inbox shows by default, so every number matches the view it links to.
 */
export function getOverview(ctx: CoreContext): Overview {
  return summariseOverview(getMatrix(ctx), listAlerts(ctx, { status: 'open' }), projectionDays(ctx));
}
