import { inArray } from 'drizzle-orm';
import type { PlanningTarget } from '@shared/api/planning-schemas';
import type { Currency } from '@shared/domain/currencies';
import type { Platform } from '@shared/domain/stores';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { CoreContext } from '../../core-context';
import { planningPeople, planningTargets, stores } from '../../db/schema';
import { dayInZone } from '../../poa/calendar-days';
import { kpiKind } from './kpi-kind';
import { periodValue } from './period-value';
import { judgeTarget } from './target-status';

export type TargetRow = typeof planningTargets.$inferSelect;

/** The stored targets with their store, owner, the value so far and where each stands today. */
export function describeTargets(ctx: CoreContext, rows: readonly TargetRow[]): PlanningTarget[] {
  if (rows.length === 0) return [];
  const { db } = ctx.workspace;
  const storeIds = [...new Set(rows.map((r) => r.storeId))];
  const ownerIds = [...new Set(rows.flatMap((r) => (r.ownerId === null ? [] : [r.ownerId])))];
  const storeById = new Map(db.select().from(stores).where(inArray(stores.id, storeIds)).all().map((s) => [s.id, s]));
  const ownerById = new Map(
    ownerIds.length > 0 ? db.select().from(planningPeople).where(inArray(planningPeople.id, ownerIds)).all().map((p) => [p.id, p]) : [],
  );
  const now = ctx.now();
  return rows.flatMap((row) => {
    const store = storeById.get(row.storeId);
    const metric = findMetric(row.metricKey);
    // Metrics leave the catalog only with a migration; a target on one is skipped rather than guessed at.
    if (!store || !metric) return [];
    const today = dayInZone(now, store.timeZone);
    const to = today < row.periodEnd ? today : row.periodEnd;
    const actual = periodValue(ctx, metric, store.id, { from: row.periodStart, to });
    const judgement = judgeTarget({
      today,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      actual: actual.value,
      method: actual.method,
      targetValue: row.targetValue,
      direction: metric.direction,
    });
    const owner = row.ownerId === null ? undefined : ownerById.get(row.ownerId);
    return [
      {
        id: row.id,
        storeId: store.id,
        storeName: store.displayName,
        platform: store.platform as Platform,
        currency: store.currency as Currency,
        metricKey: row.metricKey,
        kpiKind: kpiKind(metric),
        period: row.period,
        periodKind: row.periodKind as PlanningTarget['periodKind'],
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        label: row.label,
        targetValue: row.targetValue,
        ownerId: owner?.id ?? null,
        ownerName: owner?.name ?? null,
        ownerRole: (owner?.role as PlanningTarget['ownerRole']) ?? null,
        weight: row.weight,
        templateName: row.templateName,
        actualValue: actual.value,
        actualDate: actual.date,
        attainment: judgement.attainment,
        pace: judgement.pace,
        status: judgement.status,
      },
    ];
  });
}
