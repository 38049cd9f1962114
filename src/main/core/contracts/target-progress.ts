import type { KpiTarget, TargetProgress } from '@shared/api/agency-contract-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { Direction } from '@shared/metrics/metric-definition';
import type { CoreContext } from '../core-context';
import { wallClockAt } from '../sla/zoned-time';
import { addDays, laterDay } from './calendar-months';
import { getContract } from './contract-rows';
import { BASELINE_LOOKBACK_DAYS } from './kpi-target-service';
import { aggregatedDailyValues, aggregatedValueWithin } from './metric-values';

const MAX_POINTS = 400;

/**
 * How far from the baseline towards the target the current value has come: 0 at the baseline,
 * 1 on target, above 1 beyond it, below 0 when it went the wrong way. Null when there is no gap to
 * close: no baseline or value, or a target on the worse side of the baseline ("keep ODR under
 * 0.5 %" from 0.1 %), which is held or not (the status) rather than approached.
 */
export function progressFraction(baseline: number | null, current: number | null, target: number, direction: Direction): number | null {
  if (baseline === null || current === null) return null;
  const gapToClose = direction === 'lower_is_better' ? baseline - target : target - baseline;
  if (gapToClose <= 0) return null;
  return (current - baseline) / (target - baseline);
}

export function meetsTarget(value: number, target: number, direction: Direction): boolean {
  return direction === 'lower_is_better' ? value <= target : value >= target;
}

function targetStatus(current: number | null, target: KpiTarget, direction: Direction, today: string): TargetProgress['status'] {
  if (current === null) return 'no_data';
  if (meetsTarget(current, target.targetValue, direction)) return 'achieved';
  return today > target.targetDate ? 'missed' : 'in_progress';
}

/** Baseline → current → target for every KPI target of a contract, with the daily values for a chart. */
export function contractProgress(ctx: CoreContext, contractId: number): TargetProgress[] {
  const contract = getContract(ctx, contractId);
  const today = wallClockAt(ctx.now().getTime(), contract.timeZone).date;
  return contract.targets.map((target) => {
    const metric = findMetric(target.metricKey);
    const storeIds = target.storeId === null ? contract.stores.map((s) => s.storeId) : [target.storeId];
    const current = metric ? aggregatedValueWithin(ctx, metric, storeIds, { from: addDays(today, -BASELINE_LOOKBACK_DAYS), to: today }) : null;
    const currentValue = current?.value ?? null;
    const from = laterDay(target.baselineDate ?? contract.startDate, addDays(today, -(MAX_POINTS - 1)));
    return {
      targetId: target.id,
      metricKey: target.metricKey,
      storeId: target.storeId,
      storeName: target.storeName,
      currency: target.currency,
      baselineValue: target.baselineValue,
      baselineDate: target.baselineDate,
      currentValue,
      currentDate: current?.date ?? null,
      targetValue: target.targetValue,
      targetDate: target.targetDate,
      progress: metric ? progressFraction(target.baselineValue, currentValue, target.targetValue, metric.direction) : null,
      status: metric ? targetStatus(currentValue, target, metric.direction, today) : 'no_data',
      points: metric && from <= today ? aggregatedDailyValues(ctx, metric, storeIds, { from, to: today }) : [],
      note: current?.note ?? (metric ? null : `${target.metricKey} is no longer in the metric catalog`),
    };
  });
}
