import type { RecoveryPlanResult, recoveryCandidateSchema } from '@shared/api/planning-experiment-schemas';
import { dailyCountsKey, isRecoverable } from '@shared/metrics/daily-counts';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { z } from 'zod';
import type { CoreContext } from '../../core-context';
import { addDays } from '../../contracts/calendar-months';
import { invalidField } from '../../errors';
import { appliedThresholds } from '../../kpi/applied-thresholds';
import { getStore } from '../../stores/store-service';
import { planRecovery, type DailyCount } from './recovery-date';

const COUNTS_SQL = `SELECT window_to AS date, numerator, denominator FROM metric_snapshots
  WHERE store_id = ? AND metric_key = ? AND window_from = window_to AND window_to >= ? AND window_to <= ?
    AND numerator IS NOT NULL AND denominator IS NOT NULL
  ORDER BY window_to, import_batch_id`;

interface CountRow {
  date: string;
  numerator: number;
  denominator: number;
}

function newestCountDay(ctx: CoreContext, storeId: number, key: string): string | null {
  const row = ctx.workspace.sqlite
    .prepare<[number, string], { day: string | null }>('SELECT max(window_to) AS day FROM metric_snapshots WHERE store_id = ? AND metric_key = ? AND window_from = window_to')
    .get(storeId, key);
  return row?.day ?? null;
}

/**
 * When a breached (or any) rolling-window rate of a store is back on the right side of its breach
 * level if no new defect occurs, from the store's daily counts; with how many defect-free orders a
 * day would bring that day forward and which days' counts are missing.
 */
export function recoveryPlan(ctx: CoreContext, storeId: number, metricKey: string): RecoveryPlanResult {
  getStore(ctx, storeId);
  const metric = findMetric(metricKey);
  if (!metric) throw invalidField('metricKey', 'unknown_metric', `${metricKey} is not in the metric catalog`);
  if (!isRecoverable(metric)) throw invalidField('metricKey', 'not_a_window_rate', `${metricKey} is not a rate over a rolling window`);
  const cell = appliedThresholds(ctx, storeId).find((c) => c.metricKey === metricKey);
  if (!cell || cell.breach === null) throw invalidField('metricKey', 'no_threshold', `${metricKey} has no breach level for store ${storeId}`);
  const windowDays = metric.windowDays!;
  const countsKey = dailyCountsKey(metricKey);
  const lower = metric.direction === 'lower_is_better';
  const base = { storeId, metricKey, windowDays, targetRate: cell.breach, direction: metric.direction, countsKey };
  const today = newestCountDay(ctx, storeId, countsKey);
  if (today === null) {
    return { ...base, status: 'no_counts', today: null, current: null, recoveryDate: null, projectedOrdersPerDay: 0, missingDays: [], path: [], speedUps: [] };
  }
  const rows = ctx.workspace.sqlite.prepare<[number, string, string, string], CountRow>(COUNTS_SQL).all(storeId, countsKey, addDays(today, -(windowDays - 1)), today);
  // Later imports of a day win: rows come oldest batch first, so the map keeps the last.
  const byDay = new Map<string, DailyCount>();
  for (const row of rows) {
    byDay.set(row.date, { date: row.date, orders: row.denominator, defects: lower ? row.numerator : row.denominator - row.numerator });
  }
  // A higher-is-better rate (VTR > 95 %) is a defect share under its complement (< 5 %).
  const plan = planRecovery({ counts: [...byDay.values()], windowDays, limit: lower ? cell.breach : 1 - cell.breach, today });
  const asRate = <T extends { rate: number }>(step: T): T => (lower ? step : { ...step, rate: 1 - step.rate });
  return {
    ...base,
    ...plan,
    today,
    projectedOrdersPerDay: Math.round(plan.projectedOrdersPerDay * 10) / 10,
    current: plan.current ? asRate(plan.current) : null,
    path: plan.path.map(asRate),
  };
}

/** The store's rolling-window rates at watch or breach: the ones a recovery plan is for. */
export function recoveryCandidates(ctx: CoreContext, storeId: number): z.infer<typeof recoveryCandidateSchema>[] {
  return appliedThresholds(ctx, storeId).flatMap((cell) => {
    const metric = findMetric(cell.metricKey);
    if (!metric || !isRecoverable(metric) || (cell.status !== 'breach' && cell.status !== 'watch')) return [];
    return [{ metricKey: cell.metricKey, windowDays: metric.windowDays!, status: cell.status }];
  });
}
