import { inArray } from 'drizzle-orm';
import type { ExperimentResult } from '@shared/api/planning-experiment-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricDefinition } from '@shared/metrics/metric-definition';
import type { CoreContext } from '../../core-context';
import { aggregatedDailyValues } from '../../contracts/metric-values';
import { stores } from '../../db/schema';
import { periodValue } from '../targets/period-value';
import { twoProportionTest } from './two-proportion-test';

export interface Arm {
  storeIds: number[];
  from: string;
  to: string;
}

/** A rate and the daily counts it is made of: successes over trials. */
const RATE_COUNTS: Record<string, { successes: string; trials: string }> = {
  'funnel.cvr': { successes: 'funnel.orders', trials: 'funnel.clicks' },
  'funnel.ctr': { successes: 'funnel.clicks', trials: 'funnel.impressions' },
  'amazon.unit_session_percentage': { successes: 'amazon.units_ordered', trials: 'amazon.sessions' },
};

function summedCount(ctx: CoreContext, metricKey: string, arm: Arm): number | null {
  const metric = findMetric(metricKey)!;
  const values = arm.storeIds.map((storeId) => periodValue(ctx, metric, storeId, arm).value);
  return values.some((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

function armResult(ctx: CoreContext, metric: MetricDefinition, arm: Arm): ExperimentResult['control'] {
  const names = new Map(ctx.workspace.db.select({ id: stores.id, name: stores.displayName }).from(stores).where(inArray(stores.id, arm.storeIds)).all().map((s) => [s.id, s.name]));
  const daily = arm.storeIds.flatMap((storeId) => aggregatedDailyValues(ctx, metric, [storeId], arm));
  const counts = RATE_COUNTS[metric.key];
  const successes = counts ? summedCount(ctx, counts.successes, arm) : null;
  const trials = counts ? summedCount(ctx, counts.trials, arm) : null;
  const pooled = successes !== null && trials !== null && trials > 0 ? successes / trials : null;
  const mean = daily.length > 0 ? daily.reduce((sum, d) => sum + d.value, 0) / daily.length : null;
  return {
    storeIds: arm.storeIds,
    storeNames: arm.storeIds.map((id) => names.get(id) ?? `#${id}`),
    from: arm.from,
    to: arm.to,
    value: pooled ?? mean,
    successes,
    trials,
    days: daily.length,
  };
}

/**
 * Control against variant over the snapshots: the difference, and for a rate whose counts are
 * known (orders out of clicks) a two-proportion z-test; other metrics get the difference only.
 */
export function experimentResult(ctx: CoreContext, metric: MetricDefinition, control: Arm, variant: Arm): ExperimentResult {
  const c = armResult(ctx, metric, control);
  const v = armResult(ctx, metric, variant);
  const difference = c.value !== null && v.value !== null ? v.value - c.value : null;
  const relativeDifference = difference !== null && c.value ? difference / Math.abs(c.value) : null;
  const base = { control: c, variant: v, difference, relativeDifference };
  if (metric.unit !== 'ratio') return { ...base, test: { kind: 'not_a_proportion', reason: `${metric.key} is not a rate of counts` } };
  if (c.successes === null || c.trials === null || v.successes === null || v.trials === null) {
    return { ...base, test: { kind: 'insufficient', reason: `the daily counts behind ${metric.key} are missing for some store or day` } };
  }
  const test = twoProportionTest({ successes: c.successes, trials: c.trials }, { successes: v.successes, trials: v.trials });
  return {
    ...base,
    test: test.kind === 'tested' ? { kind: 'tested', z: test.z, pValue: test.pValue, significant: test.significant } : { kind: 'insufficient', reason: test.reason },
  };
}
