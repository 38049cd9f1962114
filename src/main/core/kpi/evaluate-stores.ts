import { and, inArray, isNull } from 'drizzle-orm';
import { currencyMinorDigits } from '@shared/domain/currencies';
import type { Marketplace } from '@shared/domain/marketplaces';
import type { Platform, StoreStage } from '@shared/domain/stores';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import { announceOpenedAlerts } from '../alerts/announce-opened-alerts';
import { projectionDays, reconcileAlerts } from '../alerts/reconcile-alerts';
import type { CoreContext } from '../core-context';
import { metricStates, stores } from '../db/schema';
import { applicableMetrics } from './applicable-metrics';
import { computeTrend, dayNumber, type TrendPoint } from './compute-trend';
import { evaluateValue } from './evaluate-metric-status';
import { resolveThreshold, type ResolvedThreshold } from './resolve-threshold';
import { loadUserThresholds } from './user-thresholds';

/** Days of history read per metric: the trend uses the last 30 distinct days. */
const HISTORY_ROWS = 60;
const TREND_POINTS = 30;

export interface SnapshotRow {
  value: number | null;
  amount_minor: number | null;
  currency: string | null;
  window_from: string;
  window_to: string;
  platform_target: number | null;
  platform_target_condition: string | null;
  platform_status: string | null;
}

type MetricState = typeof metricStates.$inferSelect;

/** A snapshot's number: money in major units so trends and thresholds read naturally. */
export function numericValue(row: Pick<SnapshotRow, 'value' | 'amount_minor' | 'currency'>): number | null {
  if (row.amount_minor !== null && row.currency) return row.amount_minor / 10 ** currencyMinorDigits(row.currency);
  return row.value;
}

/** Newest first, one row per reporting day (a later import of the same window wins). */
export function latestPerDay(rows: SnapshotRow[]): SnapshotRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.window_to) && seen.add(row.window_to));
}

function evaluateMetric(
  metric: MetricDefinition,
  rows: SnapshotRow[],
  store: { marketplace: Marketplace; stage: StoreStage },
  users: ReturnType<typeof loadUserThresholds>,
  evaluatedAt: string,
): MetricState {
  const days = latestPerDay(rows);
  const latest = days[0];
  const date = latest?.window_to ?? evaluatedAt.slice(0, 10);
  const threshold = resolveThreshold(metric, { ...store, date, ...users.forMetric(metric.key, date) });
  const value = latest ? numericValue(latest) : null;
  const status = latest
    ? evaluateValue(value, metric.direction, threshold, {
        target: latest.platform_target,
        condition: latest.platform_target_condition,
        status: latest.platform_status,
      })
    : 'no_data';
  const recent = days.slice(0, TREND_POINTS).reverse();
  const points: TrendPoint[] = recent.flatMap((row) => {
    const v = numericValue(row);
    return v === null ? [] : [{ day: dayNumber(row.window_to), value: v }];
  });
  const trend = computeTrend(points, metric.direction, threshold?.breach ?? latest?.platform_target ?? null);
  return {
    storeId: 0,
    metricKey: metric.key,
    value: latest?.value ?? null,
    amountMinor: latest?.amount_minor ?? null,
    currency: latest?.currency ?? null,
    windowFrom: latest?.window_from ?? null,
    windowTo: latest?.window_to ?? null,
    status,
    watch: threshold?.watch ?? null,
    breach: threshold?.breach ?? null,
    thresholdOrigin: thresholdOrigin(threshold, latest),
    thresholdSource: threshold?.source ?? null,
    platformStatus: latest?.platform_status ?? null,
    slopePerDay: trend.slopePerDay,
    trend: trend.direction,
    daysToBreach: trend.daysToBreach,
    recentValues: recent.map((row) => sparklinePoint(numericValue(row))),
    evaluatedAt,
  };
}

/** Four significant digits draw the same sparkline and keep a 1,000-store matrix answer lean. */
function sparklinePoint(value: number | null): number | null {
  return value === null ? null : Number(value.toPrecision(4));
}

/** A user's target (contract, override) is what the store is held to; else the report's own target, else the catalog. */
export function thresholdOrigin(threshold: ResolvedThreshold | null, latest: SnapshotRow | undefined): string | null {
  if (threshold && (threshold.origin === 'override' || threshold.origin === 'contract')) return threshold.origin;
  if (latest?.platform_target !== null && latest?.platform_target !== undefined) return 'platform_report';
  return threshold?.origin ?? null;
}

/**
 * Re-evaluates every metric of the given live stores (all when omitted), rewrites their
 * metric_states and reconciles their alerts. Runs after every import, undo or threshold edit;
 * announces the alerts it opened once, after committing.
 */
export function evaluateStores(ctx: CoreContext, storeIds?: readonly number[]): { stores: number; metrics: number } {
  const { db, sqlite } = ctx.workspace;
  const history = sqlite.prepare<[number, string, number], SnapshotRow>(
    `SELECT value, amount_minor, currency, window_from, window_to, platform_target, platform_target_condition, platform_status
     FROM metric_snapshots WHERE store_id = ? AND metric_key = ?
     ORDER BY window_to DESC, import_batch_id DESC, window_from DESC LIMIT ?`,
  );
  const targets = db
    .select({ id: stores.id, clientId: stores.clientId, platform: stores.platform, marketplace: stores.marketplace, stage: stores.stage })
    .from(stores)
    .where(and(isNull(stores.archivedAt), storeIds ? inArray(stores.id, [...storeIds]) : undefined))
    .all();
  const evaluatedAt = ctx.now().toISOString();
  const horizon = projectionDays(ctx);
  const clearStates = sqlite.prepare('DELETE FROM metric_states WHERE store_id = ?');
  // Raw statements: drizzle's per-row mapping costs more than the insert over thousands of states.
  const insertState = sqlite.prepare(
    `INSERT INTO metric_states (store_id, metric_key, value, amount_minor, currency, window_from, window_to, status, watch, breach,
       threshold_origin, threshold_source, platform_status, slope_per_day, trend, days_to_breach, recent_values, evaluated_at)
     VALUES (@storeId, @metricKey, @value, @amountMinor, @currency, @windowFrom, @windowTo, @status, @watch, @breach,
       @thresholdOrigin, @thresholdSource, @platformStatus, @slopePerDay, @trend, @daysToBreach, @recentValues, @evaluatedAt)`,
  );
  let metrics = 0;
  const opened: number[] = [];

  sqlite.transaction(() => {
    for (const store of targets) {
      const profile = { platform: store.platform as Platform, marketplace: store.marketplace as Marketplace, stage: store.stage as StoreStage };
      const users = loadUserThresholds(ctx, store.id, store.clientId);
      // A metric the store never reported keeps no state: the matrix shows it as "no data".
      const states = applicableMetrics(profile).flatMap((metric) => {
        const rows = history.all(store.id, metric.key, HISTORY_ROWS);
        return rows.length === 0 ? [] : [{ ...evaluateMetric(metric, rows, profile, users, evaluatedAt), storeId: store.id }];
      });
      clearStates.run(store.id);
      for (const state of states) insertState.run({ ...state, recentValues: JSON.stringify(state.recentValues) });
      opened.push(...reconcileAlerts(ctx, store.id, profile.stage, states, horizon));
      metrics += states.length;
    }
  })();
  announceOpenedAlerts(ctx, opened);
  return { stores: targets.length, metrics };
}
