import { invalidField } from '../errors';
import { dayNumber } from './compute-trend';

export interface DateRange {
  /** First day, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
}

/** A store page shows at most a year and a bit: longer ranges would draw more points than a chart has pixels. */
export const MAX_RANGE_DAYS = 400;

/** Refuses a range that ends before it starts or spans more than `maxDays` days; answers its length in days. */
export function assertDateRange(range: DateRange, maxDays = MAX_RANGE_DAYS): number {
  if (range.from > range.to) {
    throw invalidField('to', 'before_from', `${range.to} is before the first day of the range (${range.from})`);
  }
  const days = dayNumber(range.to) - dayNumber(range.from) + 1;
  if (days > maxDays) {
    throw invalidField('to', 'range_too_long', `the range covers ${days} days; ask for at most ${maxDays} at a time`);
  }
  return days;
}
