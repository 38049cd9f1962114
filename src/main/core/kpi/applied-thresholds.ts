import type { MatrixCell } from '@shared/api/kpi-schemas';
import type { Marketplace } from '@shared/domain/marketplaces';
import type { StoreStage } from '@shared/domain/stores';
import type { CoreContext } from '../core-context';
import { getStore } from '../stores/store-service';
import { applicableMetrics, mattersAtStage } from './applicable-metrics';
import { getMatrix } from './matrix-service';
import { resolveThreshold } from './resolve-threshold';
import { loadUserThresholds } from './user-thresholds';

/**
 * The threshold each applicable metric of a store is judged by today, with its origin: the
 * evaluated one where the store has data, else the one that would apply to its first report.
 */
export function appliedThresholds(ctx: CoreContext, storeId: number): MatrixCell[] {
  const store = getStore(ctx, storeId);
  const evaluated = new Map((getMatrix(ctx, { storeId })[0]?.cells ?? []).map((cell) => [cell.metricKey, cell]));
  const users = loadUserThresholds(ctx, store.id, store.clientId);
  const today = ctx.now().toISOString().slice(0, 10);
  return applicableMetrics(store).map((metric) => {
    const known = evaluated.get(metric.key);
    if (known) return known;
    const profile = { marketplace: store.marketplace as Marketplace, stage: store.stage as StoreStage, date: today };
    const threshold = resolveThreshold(metric, { ...profile, ...users.forMetric(metric.key, today) });
    return {
      metricKey: metric.key,
      status: 'no_data',
      value: null,
      amountMinor: null,
      currency: null,
      windowFrom: null,
      windowTo: null,
      watch: threshold?.watch ?? null,
      breach: threshold?.breach ?? null,
      thresholdOrigin: threshold?.origin ?? null,
      thresholdSource: threshold?.source ?? null,
      platformStatus: null,
      trend: null,
      slopePerDay: null,
      daysToBreach: null,
      recentValues: [],
      matters: mattersAtStage(metric, profile.stage),
    };
  });
}
