import type { MetricDefinition } from '@shared/metrics/metric-definition';
import type { CoreContext } from '../../core-context';
import { aggregatedDailyValues } from '../../contracts/metric-values';

export interface PeriodValue {
  value: number | null;
  /** The newest reporting day behind the value. */
  date: string | null;
  /** How the value was made from the days: summed, averaged, or the newest day's. */
  method: 'sum' | 'mean' | 'latest';
}

/**
 * Money and counts reported per day (GMV, orders) add up over a period; other one-day values (a
 * day's CVR) are averaged; values over a rolling window (ODR over 60 days, videos per week) are
 * already a summary, so the newest one in the period speaks for it.
 */
export function periodMethod(metric: MetricDefinition): PeriodValue['method'] {
  if (metric.windowDays !== 1) return 'latest';
  return metric.unit === 'money' || metric.unit === 'count' ? 'sum' : 'mean';
}

/** The metric for one store over [from, to] (days, inclusive). */
export function periodValue(ctx: CoreContext, metric: MetricDefinition, storeId: number, range: { from: string; to: string }): PeriodValue {
  const method = periodMethod(metric);
  const days = range.from <= range.to ? aggregatedDailyValues(ctx, metric, [storeId], range) : [];
  const last = days.at(-1);
  if (!last) return { value: null, date: null, method };
  const total = days.reduce((sum, d) => sum + d.value, 0);
  const value = method === 'sum' ? total : method === 'mean' ? total / days.length : last.value;
  return { value, date: last.date, method };
}
