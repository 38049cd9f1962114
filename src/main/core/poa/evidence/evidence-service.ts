import type { PoaEvidence } from '@shared/api/poa-content-schemas';
import type { PoaEvidenceResult } from '@shared/api/poa-schemas';
import type { Store } from '@shared/api/store-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { CoreContext } from '../../core-context';
import { catalogThreshold } from '../../kpi/resolve-threshold';
import { getStore } from '../../stores/store-service';
import { shiftDay } from '../calendar-days';
import { getPoaCaseRow } from '../poa-case-rows';
import { buildEvidence, pickEvidenceSnapshot, type EvidenceSnapshot, type EvidenceTarget } from './build-evidence';
import { evidenceMetrics, type EvidenceMetric } from './evidence-metrics';
import { recoveryEvidence } from './recovery-evidence';

/** "Around the notice date": windows ending up to 30 days before it, or a week after (a late import). */
export const EVIDENCE_DAYS_BEFORE = 30;
export const EVIDENCE_DAYS_AFTER = 7;

const SNAPSHOTS_SQL = `SELECT s.metric_key AS metricKey, s.value, s.numerator, s.denominator,
    s.window_from AS windowFrom, s.window_to AS windowTo, s.platform_target AS platformTarget,
    s.platform_target_condition AS platformTargetCondition, s.platform_status AS platformStatus,
    s.import_batch_id AS batchId, b.source, b.source_name AS sourceName, b.format, b.created_at AS importedAt
  FROM metric_snapshots s JOIN import_batches b ON b.id = s.import_batch_id
  WHERE s.store_id = ? AND s.metric_key = ? AND s.window_to >= ? AND s.window_to <= ?`;

/** The catalog's breach level, worded as the platform words a target, for reports that carry none. */
function catalogTarget(metric: EvidenceMetric, store: Pick<Store, 'marketplace' | 'stage'>, date: string): EvidenceTarget | null {
  const definition = findMetric(metric.key);
  if (!definition) return null;
  const threshold = catalogThreshold(definition, { marketplace: store.marketplace, stage: store.stage, date });
  if (!threshold) return null;
  return { value: threshold.breach, condition: definition.direction === 'lower_is_better' ? 'LESS_THAN' : 'GREATER_THAN' };
}

/**
 * The store's own numbers for the case, around the notice date: one table per metric the case
 * type speaks to (for ODR: orders, orders with a defect, each kind of defect, rate and target),
 * each naming its reporting window and the import it came from. Metrics without data are listed
 * as missing, so the editor can say so rather than insert nothing silently. Rolling-window rates
 * add their recovery plan from the store's daily counts, or are named as lacking them.
 */
export function extractPoaEvidence(ctx: CoreContext, caseId: number): PoaEvidenceResult {
  const row = getPoaCaseRow(ctx, caseId);
  const store = getStore(ctx, row.storeId);
  const metrics = evidenceMetrics(row.caseType, row.platform);
  const searchedFrom = shiftDay(row.noticeDate, -EVIDENCE_DAYS_BEFORE);
  const searchedTo = shiftDay(row.noticeDate, EVIDENCE_DAYS_AFTER);
  const statement = ctx.workspace.sqlite.prepare<[number, string, string, string], EvidenceSnapshot>(SNAPSHOTS_SQL);
  const read = (metricKey: string) => statement.all(row.storeId, metricKey, searchedFrom, searchedTo);

  const items: PoaEvidence[] = [];
  const missing: { metricKey: string }[] = [];
  for (const metric of metrics) {
    const snapshot = pickEvidenceSnapshot(read(metric.key), row.noticeDate, findMetric(metric.key)?.windowDays ?? null);
    if (!snapshot) {
      missing.push({ metricKey: metric.key });
      continue;
    }
    // Kinds of defect count only for the very window of the rate, from the latest import of it.
    const components = new Map<string, EvidenceSnapshot>();
    for (const component of metric.components ?? []) {
      const match = read(component.key)
        .filter((c) => c.windowFrom === snapshot.windowFrom && c.windowTo === snapshot.windowTo)
        .sort((a, b) => b.batchId - a.batchId)[0];
      if (match) components.set(component.key, match);
    }
    items.push(buildEvidence(metric, snapshot, components, catalogTarget(metric, store, snapshot.windowTo)));
  }
  // A rate's recovery plan follows its reported figures: the report says where it stands, the plan when it heals.
  const recovery = recoveryEvidence(ctx, row.storeId, metrics);
  return {
    caseId, noticeDate: row.noticeDate, applicable: metrics.length > 0, searchedFrom, searchedTo,
    items: [...items, ...recovery.items], missing, missingDailyCounts: recovery.missing,
  };
}
