import type { RecoveryPlanResult } from '@shared/api/planning-experiment-schemas';
import type { PoaEvidence, PoaEvidenceFigure } from '@shared/api/poa-content-schemas';
import { dailyCountsKey, isRecoverable } from '@shared/metrics/daily-counts';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { CoreContext } from '../../core-context';
import { appliedThresholds } from '../../kpi/applied-thresholds';
import { recoveryPlan } from '../../planning/recovery/recovery-service';
import { shiftDay } from '../calendar-days';
import type { EvidenceMetric } from './evidence-metrics';

/** The import of the newest daily count: where the plan's numbers came from. */
const NEWEST_COUNT_SOURCE_SQL = `SELECT b.source AS kind, b.source_name AS name, b.format, b.created_at AS importedAt, s.import_batch_id AS batchId
  FROM metric_snapshots s JOIN import_batches b ON b.id = s.import_batch_id
  WHERE s.store_id = ? AND s.metric_key = ? AND s.window_from = s.window_to
  ORDER BY s.window_to DESC, s.import_batch_id DESC LIMIT 1`;

/**
 * A recovery plan as an evidence table: the plan window's counts, rate and breach level as figures
 * (named as the metric's report names them), and when the rate heals; null without daily counts.
 */
export function buildRecoveryEvidence(metric: EvidenceMetric, plan: RecoveryPlanResult, source: PoaEvidence['source']): PoaEvidence | null {
  if (plan.status === 'no_counts' || plan.today === null || plan.current === null || plan.recoveryDate === null) return null;
  const lower = plan.direction === 'lower_is_better';
  const { orders, defects, rate } = plan.current;
  const figures: PoaEvidenceFigure[] = [];
  if (metric.denominator) figures.push({ figure: metric.denominator, value: orders, unit: 'count', condition: null });
  // A higher-is-better rate counts the good ones (shipments with valid tracking), the plan the defects.
  if (metric.numerator) figures.push({ figure: metric.numerator, value: lower ? defects : orders - defects, unit: 'count', condition: null });
  figures.push({ figure: 'rate', value: rate, unit: 'ratio', condition: null });
  figures.push({ figure: 'target', value: plan.targetRate, unit: 'ratio', condition: lower ? 'LESS_THAN' : 'GREATER_THAN' });
  return {
    metricKey: metric.key,
    windowFrom: shiftDay(plan.today, -(plan.windowDays - 1)),
    windowTo: plan.today,
    figures,
    platformStatus: null,
    recovery: {
      asOf: plan.today,
      recoveryDate: plan.recoveryDate,
      projectedOrdersPerDay: plan.projectedOrdersPerDay,
      speedUps: plan.speedUps.slice(0, 4),
      missingDays: plan.missingDays.length,
      windowDays: plan.windowDays,
    },
    source,
  };
}

/**
 * The recovery plans of the case's rolling-window rates that have a breach level for the store,
 * and the rates without any daily count (so the editor can say why no plan was offered).
 */
export function recoveryEvidence(ctx: CoreContext, storeId: number, metrics: readonly EvidenceMetric[]): { items: PoaEvidence[]; missing: { metricKey: string }[] } {
  const breachLevels = new Set(appliedThresholds(ctx, storeId).flatMap((cell) => (cell.breach === null ? [] : [cell.metricKey])));
  const sourceOf = ctx.workspace.sqlite.prepare<[number, string], PoaEvidence['source']>(NEWEST_COUNT_SOURCE_SQL);
  const items: PoaEvidence[] = [];
  const missing: { metricKey: string }[] = [];
  for (const metric of metrics) {
    const definition = findMetric(metric.key);
    if (!definition || !isRecoverable(definition) || !breachLevels.has(metric.key)) continue;
    const source = sourceOf.get(storeId, dailyCountsKey(metric.key));
    const item = source ? buildRecoveryEvidence(metric, recoveryPlan(ctx, storeId, metric.key), source) : null;
    if (item) items.push(item);
    else missing.push({ metricKey: metric.key });
  }
  return { items, missing };
}
