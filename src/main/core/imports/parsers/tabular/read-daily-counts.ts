import type { MetricDefinition } from '../../../../../shared/metrics/metric-definition';
import type { DecimalSeparator } from './parse-localized-number';
import { readMetricCell, type CellProblem } from './read-metric-cell';

/** A rate written beside its counts is usually rounded: to a tenth of a percent is still the same day. */
export const DAILY_RATE_TOLERANCE = 0.0005;

export interface DailyCountsCells {
  value: string;
  numerator: number | null;
  denominator: number | null;
  windowFrom: string;
  windowTo: string;
}

/** Which cell a problem is about, so the caller can name its column. */
export type DailyCountsProblem = CellProblem & { field: 'value' | 'numerator' | 'denominator' | 'window' };

const fail = (field: DailyCountsProblem['field'], message: string, code: string, params: CellProblem['params']): DailyCountsProblem => ({
  ok: false, field, message, code, params,
});

/**
 * One day's counts of a rolling-window rate (`<metric>.daily`): a one-day window with both counts,
 * the numerator no larger than the denominator; the rate is computed from them, or when written
 * must agree with them. A day without orders has rate 0, as the recovery planner reads it.
 */
export function readDailyCounts(metric: MetricDefinition, cells: DailyCountsCells, decimal: DecimalSeparator): { ok: true; value: number } | DailyCountsProblem {
  const key = `${metric.key}.daily`;
  if (cells.windowFrom !== cells.windowTo) {
    return fail('window', `${key} counts one day, not ${cells.windowFrom} to ${cells.windowTo}`, 'daily_counts_one_day', { metric: key, from: cells.windowFrom, to: cells.windowTo });
  }
  const { numerator, denominator } = cells;
  if (numerator === null) return fail('numerator', `${key} needs the day's numerator`, 'daily_counts_missing', { metric: key });
  if (denominator === null) return fail('denominator', `${key} needs the day's denominator`, 'daily_counts_missing', { metric: key });
  if (numerator > denominator) {
    return fail('numerator', `${key}: the numerator ${numerator} is more than the denominator ${denominator}`, 'daily_counts_numerator_exceeds', { metric: key, numerator, denominator });
  }
  const computed = denominator > 0 ? numerator / denominator : 0;
  if (cells.value.trim() === '') return { ok: true, value: computed };
  const read = readMetricCell(metric, cells.value, '', decimal);
  if (!read.ok) return { ...read, field: 'value' };
  if (read.value === null || Math.abs(read.value - computed) > DAILY_RATE_TOLERANCE) {
    const value = cells.value.trim();
    return fail('value', `${key}: the rate ${value} does not match ${numerator} / ${denominator}; leave it empty to compute it`, 'daily_counts_value_mismatch', {
      metric: key, value, numerator, denominator,
    });
  }
  return { ok: true, value: computed };
}
