import { and, eq, isNull } from 'drizzle-orm';
import type { MatrixCell, MatrixRow, matrixQuerySchema } from '@shared/api/kpi-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { z } from 'zod';
import { projectionDays } from '../alerts/reconcile-alerts';
import type { CoreContext } from '../core-context';
import { clients, metricStates, stores } from '../db/schema';
import { mattersAtStage } from './applicable-metrics';
import { computeHealthScore } from './compute-health-score';
import { isStale, type MetricStatus } from './evaluate-metric-status';

type MatrixQuery = NonNullable<z.output<typeof matrixQuerySchema>>;

const STATES_SQL = `SELECT store_id AS storeId, metric_key AS metricKey, value, amount_minor AS amountMinor, currency,
  window_from AS windowFrom, window_to AS windowTo, status, watch, breach, threshold_origin AS thresholdOrigin,
  threshold_source AS thresholdSource, platform_status AS platformStatus, slope_per_day AS slopePerDay, trend,
  days_to_breach AS daysToBreach, recent_values AS recentValues FROM metric_states`;

type StateRow = Omit<typeof metricStates.$inferSelect, 'recentValues' | 'evaluatedAt'> & { recentValues: string | null };

const SEVERITY: Record<MetricStatus, number> = { breach: 4, stale: 3, watch: 2, ok: 1, no_data: 0 };

/** Data older than its refresh period plus grace is stale; a breach stays a breach. */
function statusNow(status: MetricStatus, windowTo: string | null, metricKey: string, now: Date): MetricStatus {
  const metric = findMetric(metricKey);
  if (!metric || !windowTo || status === 'breach' || status === 'no_data') return status;
  return isStale(new Date(`${windowTo}T23:59:59Z`), now, metric.refreshHours, metric.graceHours) ? 'stale' : status;
}

/**
 * Every live store with its evaluated metrics, health score and worst status: the data behind
 * the matrix. Reads the stored evaluation, so it stays fast on years of daily history. The
 * health score and worst status always count all of a store's metrics; `metricKeys` only
 * narrows the cells returned, so a column set never changes a store's verdict.
 */
export function getMatrix(ctx: CoreContext, query: MatrixQuery = {}): MatrixRow[] {
  const key = matrixCacheKey(ctx);
  const cached = matrixCache.get(ctx.workspace);
  let rows: MatrixRow[];
  if (cached?.key === key) rows = cached.rows;
  else if (query.storeId) rows = buildMatrix(ctx, query.storeId);
  else {
    rows = buildMatrix(ctx, null);
    matrixCache.set(ctx.workspace, { key, rows });
  }
  return narrow(rows, query);
}

function narrow(rows: MatrixRow[], query: MatrixQuery): MatrixRow[] {
  const wanted = query.metricKeys ? new Set(query.metricKeys) : null;
  const kept = rows.filter(
    (row) =>
      (!query.clientId || row.clientId === query.clientId) &&
      (!query.storeId || row.storeId === query.storeId) &&
      (!query.platform || row.platform === query.platform),
  );
  return wanted ? kept.map((row) => ({ ...row, cells: row.cells.filter((cell) => wanted.has(cell.metricKey)) })) : kept;
}

/**
 * The whole matrix is read far more often than the data changes. A cached answer is reused
 * while no write happened on this connection (total_changes), none was committed by another
 * process on the same file (data_version), and the clock is in the same minute (staleness is
 * judged then). One store's page, asked for while the cache is cold, reads only that store.
 */
const matrixCache = new WeakMap<object, { key: string; rows: MatrixRow[] }>();

function matrixCacheKey(ctx: CoreContext): string {
  const { sqlite } = ctx.workspace;
  const changes = sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  const version = sqlite.pragma('data_version', { simple: true }) as number;
  return `${changes}:${version}:${ctx.now().toISOString().slice(0, 16)}`;
}

function buildMatrix(ctx: CoreContext, storeId: number | null): MatrixRow[] {
  const now = ctx.now();
  const horizon = projectionDays(ctx);
  const storeRows = ctx.workspace.db
    .select({ store: stores, clientName: clients.name })
    .from(stores)
    .innerJoin(clients, eq(clients.id, stores.clientId))
    .where(
      and(
        isNull(stores.archivedAt),
        storeId ? eq(stores.id, storeId) : undefined,
      ),
    )
    .orderBy(clients.name, stores.displayName)
    .all();
  // Read raw: drizzle's row mapping costs more than the query on a few thousand stores' states.
  const states = storeId
    ? ctx.workspace.sqlite.prepare<[number], StateRow>(`${STATES_SQL} WHERE store_id = ? ORDER BY store_id, metric_key`).all(storeId)
    : ctx.workspace.sqlite.prepare<[], StateRow>(`${STATES_SQL} ORDER BY store_id, metric_key`).all();
  const byStore = new Map<number, StateRow[]>();
  for (const state of states) {
    const list = byStore.get(state.storeId);
    if (list) list.push(state);
    else byStore.set(state.storeId, [state]);
  }

  return storeRows.map(({ store, clientName }) => {
    const cells: MatrixCell[] = (byStore.get(store.id) ?? []).map((state) => {
      const metric = findMetric(state.metricKey);
      return {
        metricKey: state.metricKey,
        status: statusNow(state.status as MetricStatus, state.windowTo, state.metricKey, now),
        value: state.value,
        amountMinor: state.amountMinor,
        currency: state.currency,
        windowFrom: state.windowFrom,
        windowTo: state.windowTo,
        watch: state.watch,
        breach: state.breach,
        thresholdOrigin: state.thresholdOrigin as MatrixCell['thresholdOrigin'],
        thresholdSource: state.thresholdSource,
        platformStatus: state.platformStatus,
        trend: state.trend as MatrixCell['trend'],
        slopePerDay: state.slopePerDay,
        daysToBreach: state.daysToBreach,
        recentValues: state.recentValues ? (JSON.parse(state.recentValues) as (number | null)[]) : [],
        matters: metric ? mattersAtStage(metric, store.stage as MatrixRow['stage']) : false,
      };
    });
    const counted = cells.filter((cell) => cell.matters);
    const projected = counted.filter((c) => c.status !== 'breach' && c.daysToBreach !== null && c.daysToBreach <= horizon).length;
    const worst = counted.reduce<MetricStatus>((w, c) => (SEVERITY[c.status] > SEVERITY[w] ? c.status : w), 'no_data');
    return {
      storeId: store.id,
      displayName: store.displayName,
      clientId: store.clientId,
      clientName,
      platform: store.platform as MatrixRow['platform'],
      marketplace: store.marketplace as MatrixRow['marketplace'],
      stage: store.stage as MatrixRow['stage'],
      storeStatus: store.status as MatrixRow['storeStatus'],
      accountManager: store.accountManager,
      healthScore: computeHealthScore(counted.map((c) => c.status), projected),
      worstStatus: worst,
      cells,
    };
  });
}
