import { and, eq, isNull, or } from 'drizzle-orm';
import type { KpiTarget, SetKpiTargetInput } from '@shared/api/agency-contract-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { contractKpiTargets } from '../db/schema';
import { notFound } from '../errors';
import { addDays } from './calendar-months';
import { metricIssue, refused } from './contract-rules';
import { getContract, toKpiTarget } from './contract-rows';
import { aggregatedValueWithin, type AggregatedValue } from './metric-values';

/** A baseline is the data "at the start": a value reported more than a month before it says nothing about it. */
export const BASELINE_LOOKBACK_DAYS = 31;

type TargetRow = typeof contractKpiTargets.$inferSelect;
type BaselineColumns = Pick<TargetRow, 'baselineValue' | 'baselineSource' | 'baselineDate' | 'baselineImportBatchIds' | 'baselineSetAt' | 'baselineSetBy'>;

/** The metric as the snapshots reported it on the newest day up to the contract start, over the target's store(s). */
export function captureBaseline(ctx: CoreContext, metric: MetricDefinition, storeIds: readonly number[], startDate: string): AggregatedValue {
  return aggregatedValueWithin(ctx, metric, storeIds, { from: addDays(startDate, -BASELINE_LOOKBACK_DAYS), to: startDate });
}

function capturedColumns(ctx: CoreContext, captured: AggregatedValue): BaselineColumns {
  const found = captured.value !== null;
  return {
    baselineValue: captured.value,
    baselineSource: found ? 'snapshot' : null,
    baselineDate: captured.date,
    baselineImportBatchIds: captured.importBatchIds,
    baselineSetAt: found ? ctx.now().toISOString() : null,
    baselineSetBy: found ? 'system' : null,
  };
}

function manualColumns(ctx: CoreContext, value: number): BaselineColumns {
  return { baselineValue: value, baselineSource: 'manual', baselineDate: null, baselineImportBatchIds: [], baselineSetAt: ctx.now().toISOString(), baselineSetBy: ctx.actor };
}

function targetScopeStores(storeId: number | null, covered: readonly { storeId: number }[]): number[] {
  return storeId === null ? covered.map((s) => s.storeId) : [storeId];
}

/**
 * Adds the contract's target for a metric (one store, or all covered stores), or replaces the
 * one it has. The baseline is captured from the snapshots at the contract start unless typed
 * (`baselineValue` a number), kept on an edit that leaves metric and store alone (omitted), or
 * captured again on request (null).
 */
export function setKpiTarget(ctx: CoreContext, input: SetKpiTargetInput): KpiTarget {
  return ctx.workspace.sqlite.transaction(() => {
    const contract = getContract(ctx, input.contractId);
    const covered = contract.stores;
    if (input.storeId !== null && !covered.some((s) => s.storeId === input.storeId)) {
      throw refused([{ field: 'storeId', code: 'not_covered', message: `store ${input.storeId} is not covered by contract ${contract.id}` }]);
    }
    const scope = targetScopeStores(input.storeId, covered);
    const issue = metricIssue('metricKey', input.metricKey, scope, new Map(covered.map((s) => [s.storeId, s])));
    if (issue) throw refused([issue]);
    if (input.targetDate < contract.startDate) {
      throw refused([{ field: 'targetDate', code: 'before_start', message: `${input.targetDate} is before the contract starts (${contract.startDate})` }]);
    }
    const metric = findMetric(input.metricKey)!;
    const { db } = ctx.workspace;
    const existing = db
      .select()
      .from(contractKpiTargets)
      .where(
        and(
          eq(contractKpiTargets.contractId, contract.id),
          eq(contractKpiTargets.metricKey, input.metricKey),
          input.storeId === null ? isNull(contractKpiTargets.storeId) : eq(contractKpiTargets.storeId, input.storeId),
        ),
      )
      .get();
    const baseline =
      typeof input.baselineValue === 'number'
        ? manualColumns(ctx, input.baselineValue)
        : existing && input.baselineValue === undefined
          ? {}
          : capturedColumns(ctx, captureBaseline(ctx, metric, scope, contract.startDate));
    const at = ctx.now().toISOString();
    const values = { targetValue: input.targetValue, targetDate: input.targetDate, note: input.note ?? null, updatedAt: at, ...baseline };
    const row = existing
      ? db.update(contractKpiTargets).set(values).where(eq(contractKpiTargets.id, existing.id)).returning().get()
      : db
          .insert(contractKpiTargets)
          .values({ contractId: contract.id, metricKey: input.metricKey, storeId: input.storeId, baselineImportBatchIds: [], createdAt: at, ...values })
          .returning()
          .get();
    recordAudit(ctx, { action: existing ? 'update' : 'create', entity: 'contract_kpi_target', entityId: row.id, details: { ...input } });
    return toKpiTarget(row, contract.stores);
  })();
}

export function removeKpiTarget(ctx: CoreContext, id: number): void {
  ctx.workspace.sqlite.transaction(() => {
    const row = ctx.workspace.db.select().from(contractKpiTargets).where(eq(contractKpiTargets.id, id)).get();
    if (!row) throw notFound('KPI target', id);
    ctx.workspace.db.delete(contractKpiTargets).where(eq(contractKpiTargets.id, id)).run();
    recordAudit(ctx, { action: 'remove', entity: 'contract_kpi_target', entityId: id, details: { contractId: row.contractId, metricKey: row.metricKey, storeId: row.storeId } });
  })();
}

/** Captures again every baseline that came from the snapshots (or found none), leaving typed ones alone. */
export function recaptureSnapshotBaselines(ctx: CoreContext, contractId: number): void {
  const contract = getContract(ctx, contractId);
  const { db } = ctx.workspace;
  const targets = db
    .select()
    .from(contractKpiTargets)
    .where(and(eq(contractKpiTargets.contractId, contractId), or(isNull(contractKpiTargets.baselineSource), eq(contractKpiTargets.baselineSource, 'snapshot'))))
    .all();
  for (const target of targets) {
    const metric = findMetric(target.metricKey);
    if (!metric) continue;
    const captured = captureBaseline(ctx, metric, targetScopeStores(target.storeId, contract.stores), contract.startDate);
    db.update(contractKpiTargets).set(capturedColumns(ctx, captured)).where(eq(contractKpiTargets.id, target.id)).run();
  }
}
