import type { Snapshot, snapshotQuerySchema } from '@shared/api/snapshot-schemas';
import { isMetricKey } from '@shared/metrics/metric-catalog';
import type { z } from 'zod';
import type { CoreContext } from '../core-context';
import { invalidField } from '../errors';
import { getStore } from '../stores/store-service';

/**
 * A store's history of one metric, oldest first, one row per reporting window: where two
 * imports reported the same window, the later one is what counts.
 */
export function listSnapshots(ctx: CoreContext, query: z.output<typeof snapshotQuerySchema>): Snapshot[] {
  getStore(ctx, query.storeId);
  if (!isMetricKey(query.metricKey)) throw invalidField('metricKey', 'unknown_metric', `"${query.metricKey}" is not a metric of the catalog`);
  return ctx.workspace.sqlite
    .prepare<[number, string, string, string], Snapshot>(
      `SELECT store_id AS storeId, metric_key AS metricKey, value, amount_minor AS amountMinor, currency,
              numerator, denominator, window_from AS windowFrom, window_to AS windowTo,
              platform_target AS platformTarget, platform_target_condition AS platformTargetCondition,
              platform_status AS platformStatus, b.source AS source, import_batch_id AS importBatchId
       FROM metric_snapshots s JOIN import_batches b ON b.id = s.import_batch_id
       WHERE store_id = ? AND metric_key = ? AND window_to >= ? AND window_to <= ?
         AND import_batch_id = (SELECT max(import_batch_id) FROM metric_snapshots l
                                WHERE l.store_id = s.store_id AND l.metric_key = s.metric_key
                                  AND l.window_to = s.window_to AND l.window_from = s.window_from)
       ORDER BY window_to, window_from`,
    )
    .all(query.storeId, query.metricKey, query.from ?? '0000-01-01', query.to ?? '9999-12-31');
}
