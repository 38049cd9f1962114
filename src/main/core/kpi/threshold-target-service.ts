import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { SetThresholdInput, ThresholdTarget } from '@shared/api/threshold-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { stores, thresholdTargets } from '../db/schema';
import { invalidField, notFound } from '../errors';
import { getClient } from '../clients/client-service';
import { getStore } from '../stores/store-service';
import { isWorseOrEqual } from './evaluate-metric-status';
import { evaluateStores } from './evaluate-stores';

function toTarget(row: typeof thresholdTargets.$inferSelect): ThresholdTarget {
  const { archivedAt: _archived, ...target } = row;
  return target;
}

export function listThresholdTargets(ctx: CoreContext, scope: { storeId?: number; clientId?: number }): ThresholdTarget[] {
  return ctx.workspace.db
    .select()
    .from(thresholdTargets)
    .where(
      and(
        isNull(thresholdTargets.archivedAt),
        or(
          scope.storeId ? eq(thresholdTargets.storeId, scope.storeId) : undefined,
          scope.clientId ? eq(thresholdTargets.clientId, scope.clientId) : undefined,
        ),
      ),
    )
    .orderBy(asc(thresholdTargets.metricKey), asc(thresholdTargets.effectiveFrom))
    .all()
    .map(toTarget);
}

function affectedStores(ctx: CoreContext, scope: SetThresholdInput['scope']): number[] {
  if ('storeId' in scope) return [scope.storeId];
  return ctx.workspace.db.select({ id: stores.id }).from(stores).where(eq(stores.clientId, scope.clientId)).all().map((s) => s.id);
}

/**
 * Sets a contract target (client) or an override (store). A target for the same scope, metric
 * and date replaces the earlier one; both stay in the audit log. Re-evaluates the stores concerned.
 */
export function setThresholdTarget(ctx: CoreContext, input: SetThresholdInput): ThresholdTarget {
  const metric = findMetric(input.metricKey);
  if (!metric) throw invalidField('metricKey', 'unknown_metric', `"${input.metricKey}" is not a metric of the catalog`);
  if (metric.unit === 'status') throw invalidField('metricKey', 'not_numeric', `${input.metricKey} is judged by the platform's status, not a number`);
  if (input.watch !== null && isWorseOrEqual(input.watch, input.breach, metric.direction) && input.watch !== input.breach) {
    const side = metric.direction === 'lower_is_better' ? 'below' : 'above';
    throw invalidField('watch', 'order', `the watch level must be ${side} the breach level for ${input.metricKey}`);
  }
  if (metric.unit === 'ratio' && (input.breach < 0 || input.breach > 1 || (input.watch !== null && (input.watch < 0 || input.watch > 1)))) {
    throw invalidField('breach', 'not_fraction', 'rates are fractions between 0 and 1 (write 0.01 for 1%)');
  }
  const scope = 'storeId' in input.scope ? { storeId: input.scope.storeId, clientId: null } : { storeId: null, clientId: input.scope.clientId };
  const target = ctx.workspace.sqlite.transaction(() => {
    if (scope.storeId) getStore(ctx, scope.storeId);
    if (scope.clientId) getClient(ctx, scope.clientId);
    const at = ctx.now().toISOString();
    ctx.workspace.db
      .update(thresholdTargets)
      .set({ archivedAt: at })
      .where(
        and(
          isNull(thresholdTargets.archivedAt),
          scope.storeId ? eq(thresholdTargets.storeId, scope.storeId) : eq(thresholdTargets.clientId, scope.clientId!),
          eq(thresholdTargets.metricKey, input.metricKey),
          eq(thresholdTargets.effectiveFrom, input.effectiveFrom),
        ),
      )
      .run();
    const row = ctx.workspace.db
      .insert(thresholdTargets)
      .values({ ...scope, metricKey: input.metricKey, watch: input.watch, breach: input.breach, effectiveFrom: input.effectiveFrom, note: input.note, createdAt: at })
      .returning()
      .get();
    recordAudit(ctx, { action: 'set', entity: 'threshold_target', entityId: row.id, details: { ...input } });
    return toTarget(row);
  })();
  evaluateStores(ctx, affectedStores(ctx, input.scope));
  return target;
}

export function removeThresholdTarget(ctx: CoreContext, id: number): void {
  const row = ctx.workspace.db.select().from(thresholdTargets).where(eq(thresholdTargets.id, id)).get();
  if (!row || row.archivedAt) throw notFound('Threshold target', id);
  ctx.workspace.sqlite.transaction(() => {
    ctx.workspace.db.update(thresholdTargets).set({ archivedAt: ctx.now().toISOString() }).where(eq(thresholdTargets.id, id)).run();
    recordAudit(ctx, { action: 'remove', entity: 'threshold_target', entityId: id, details: { metricKey: row.metricKey } });
  })();
  evaluateStores(ctx, row.storeId ? [row.storeId] : affectedStores(ctx, { clientId: row.clientId! }));
}
