import { and, asc, eq } from 'drizzle-orm';
import type { PlanningTarget, SetPlanningTargetInput } from '@shared/api/planning-schemas';
import { periodBounds, type PeriodBounds } from '@shared/domain/planning';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import { recordAudit } from '../../audit/record-audit';
import type { CoreContext } from '../../core-context';
import { planningTargets } from '../../db/schema';
import { invalidField, notFound } from '../../errors';
import { appliesTo } from '../../kpi/applicable-metrics';
import { getStore } from '../../stores/store-service';
import { getPerson } from '../people/person-service';
import { describeTargets } from './target-rows';

export function parsePeriod(period: string, field = 'period'): PeriodBounds {
  const bounds = periodBounds(period);
  if (!bounds) throw invalidField(field, 'invalid_period', `"${period}" is not a month (2026-11), a quarter (2026-Q4) or a real day (2026-11-11)`);
  return bounds;
}

/** The catalog's metric, if it is reported for the store's platform and marketplace. */
export function storeMetric(ctx: CoreContext, storeId: number, metricKey: string, field = 'metricKey'): MetricDefinition {
  const store = getStore(ctx, storeId);
  const metric = findMetric(metricKey);
  if (!metric) throw invalidField(field, 'unknown_metric', `${metricKey} is not in the metric catalog`);
  if (!appliesTo(metric, store)) throw invalidField(field, 'not_applicable', `${metricKey} is not reported for ${store.displayName} (${store.platform} ${store.marketplace})`);
  return metric;
}

export function assertActiveOwner(ctx: CoreContext, ownerId: number | null, field = 'ownerId'): void {
  if (ownerId === null) return;
  const person = getPerson(ctx, ownerId);
  if (person.archivedAt) throw invalidField(field, 'archived', `${person.name} is archived; choose someone else`);
}

/** Targets of a store and/or period ("2026-Q4" lists the quarter's own targets, not its months'), by store then metric. */
export function listTargets(ctx: CoreContext, query: { storeId?: number; period?: string } = {}): PlanningTarget[] {
  if (query.storeId !== undefined) getStore(ctx, query.storeId);
  const rows = ctx.workspace.db
    .select()
    .from(planningTargets)
    .where(
      and(
        query.storeId !== undefined ? eq(planningTargets.storeId, query.storeId) : undefined,
        query.period !== undefined ? eq(planningTargets.period, query.period) : undefined,
      ),
    )
    .orderBy(asc(planningTargets.storeId), asc(planningTargets.periodStart), asc(planningTargets.metricKey))
    .all();
  return describeTargets(ctx, rows);
}

export function getTarget(ctx: CoreContext, id: number): PlanningTarget {
  const row = ctx.workspace.db.select().from(planningTargets).where(eq(planningTargets.id, id)).get();
  if (!row) throw notFound('Target', id);
  return describeTargets(ctx, [row])[0]!;
}

/** Writes one target row, replacing the store's target for the same metric and period; call inside a transaction. */
export function upsertTarget(ctx: CoreContext, input: SetPlanningTargetInput, templateName: string | null): number {
  const bounds = parsePeriod(input.period);
  const { db } = ctx.workspace;
  const at = ctx.now().toISOString();
  const existing = db
    .select({ id: planningTargets.id })
    .from(planningTargets)
    .where(and(eq(planningTargets.storeId, input.storeId), eq(planningTargets.metricKey, input.metricKey), eq(planningTargets.period, bounds.period)))
    .get();
  const values = {
    periodKind: bounds.kind,
    periodStart: bounds.start,
    periodEnd: bounds.end,
    targetValue: input.targetValue,
    ownerId: input.ownerId,
    weight: input.weight,
    label: input.label ?? null,
    templateName,
    updatedAt: at,
  };
  const id = existing
    ? db.update(planningTargets).set(values).where(eq(planningTargets.id, existing.id)).returning({ id: planningTargets.id }).get().id
    : db
        .insert(planningTargets)
        .values({ storeId: input.storeId, metricKey: input.metricKey, period: bounds.period, createdAt: at, ...values })
        .returning({ id: planningTargets.id })
        .get().id;
  recordAudit(ctx, { action: existing ? 'update' : 'create', entity: 'planning_target', entityId: id, details: { ...input, templateName } });
  return id;
}

/** Adds a store's target for a metric and period, or replaces the one it has. */
export function setTarget(ctx: CoreContext, input: SetPlanningTargetInput): PlanningTarget {
  const id = ctx.workspace.sqlite.transaction(() => {
    storeMetric(ctx, input.storeId, input.metricKey);
    assertActiveOwner(ctx, input.ownerId);
    return upsertTarget(ctx, input, null);
  })();
  return getTarget(ctx, id);
}

export function removeTarget(ctx: CoreContext, id: number): void {
  ctx.workspace.sqlite.transaction(() => {
    const row = ctx.workspace.db.select().from(planningTargets).where(eq(planningTargets.id, id)).get();
    if (!row) throw notFound('Target', id);
    ctx.workspace.db.delete(planningTargets).where(eq(planningTargets.id, id)).run();
    recordAudit(ctx, { action: 'remove', entity: 'planning_target', entityId: id, details: { storeId: row.storeId, metricKey: row.metricKey, period: row.period } });
  })();
}
