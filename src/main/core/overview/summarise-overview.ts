import { ALERT_SEVERITIES, type Alert } from '@shared/api/alert-schemas';
import { METRIC_STATUSES, type MatrixCell, type MatrixRow } from '@shared/api/kpi-schemas';
import type { Overview } from '@shared/api/overview-schemas';

const AT_RISK_LIMIT = 10;
const STALE_LIMIT = 20;

type StoreRef = Pick<Overview['atRisk'][number], 'storeId' | 'displayName' | 'clientId' | 'clientName' | 'platform' | 'marketplace'>;
type AtRisk = Overview['atRisk'][number];

function storeRef(row: MatrixRow): StoreRef {
  const { storeId, displayName, clientId, clientName, platform, marketplace } = row;
  return { storeId, displayName, clientId, clientName, platform, marketplace };
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/**
 * The same cells the health score charges for a projected breach (matrix-service): metrics that
 * matter at the store's stage, not yet breached, heading for the breach level within the horizon.
 */
function projectedCells(row: MatrixRow, horizonDays: number): MatrixCell[] {
  return row.cells.filter((c) => c.matters && c.status !== 'breach' && c.daysToBreach !== null && c.daysToBreach <= horizonDays);
}

function atRisk(row: MatrixRow, horizonDays: number): AtRisk {
  const projected = projectedCells(row, horizonDays);
  const days = projected.map((c) => c.daysToBreach).filter((d) => d !== null);
  return {
    ...storeRef(row),
    healthScore: row.healthScore,
    worstStatus: row.worstStatus,
    breaches: row.cells.filter((c) => c.matters && c.status === 'breach').length,
    projectedBreaches: projected.length,
    soonestBreachDays: days.length > 0 ? Math.min(...days) : null,
  };
}

function byRisk(a: AtRisk, b: AtRisk): number {
  return (
    a.healthScore - b.healthScore ||
    b.projectedBreaches - a.projectedBreaches ||
    (a.soonestBreachDays ?? Infinity) - (b.soonestBreachDays ?? Infinity) ||
    a.displayName.localeCompare(b.displayName)
  );
}

/** Newest day any of the store's metrics reports: how old the store's data is. */
function lastDataDate(row: MatrixRow): string | null {
  return row.cells.reduce<string | null>((max, c) => (c.windowTo !== null && (max === null || c.windowTo > max) ? c.windowTo : max), null);
}

/**
 * The morning view from the evaluated matrix (live stores only), the open, unsnoozed alerts and
 * the SLA items due soon.
 * Staleness is about data, not judgement: every stale metric counts, whether or not the store's
 * stage makes it matter.
 */
export function summariseOverview(
  rows: readonly MatrixRow[],
  openAlerts: readonly Pick<Alert, 'severity'>[],
  horizonDays: number,
  slaDueSoon: Overview['slaDueSoon'] = [],
): Overview {
  const stale = rows
    .map((row) => ({ ...storeRef(row), lastDataDate: lastDataDate(row), staleMetrics: row.cells.filter((c) => c.status === 'stale').length }))
    .filter((store) => store.staleMetrics > 0)
    .sort((a, b) => (a.lastDataDate ?? '').localeCompare(b.lastDataDate ?? '') || a.displayName.localeCompare(b.displayName))
    .slice(0, STALE_LIMIT);
  return {
    storesByStatus: countBy(METRIC_STATUSES, rows.map((row) => row.worstStatus)),
    openAlertsBySeverity: countBy(ALERT_SEVERITIES, openAlerts.map((alert) => alert.severity)),
    atRisk: rows
      .map((row) => atRisk(row, horizonDays))
      .filter((store) => store.healthScore < 100 || store.projectedBreaches > 0)
      .sort(byRisk)
      .slice(0, AT_RISK_LIMIT),
    stale,
    slaDueSoon: [...slaDueSoon],
  };
}
