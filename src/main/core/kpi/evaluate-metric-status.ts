import type { METRIC_STATUSES } from '@shared/api/kpi-schemas';
import type { Direction } from '@shared/metrics/metric-definition';
import type { ResolvedThreshold } from './resolve-threshold';

export type MetricStatus = (typeof METRIC_STATUSES)[number];

/** What Amazon's report says about its own target: it wins over the catalog for that snapshot. */
export interface PlatformJudgement {
  target: number | null;
  condition: string | null;
  status: string | null;
}

/** True when `value` is on the bad side of `level` for the metric's direction (the level itself is bad). */
export function isWorseOrEqual(value: number, level: number, direction: Direction): boolean {
  return direction === 'lower_is_better' ? value >= level : value <= level;
}

/** Judges a value against the platform's own condition: LESS_THAN 0.01 means 0.01 itself breaches. */
function meetsPlatformCondition(value: number, target: number, condition: string): boolean | null {
  switch (condition) {
    case 'LESS_THAN':
      return value < target;
    case 'GREATER_THAN':
      return value > target;
    case 'EQUALS':
      return value === target;
    default:
      return null;
  }
}

/** Platform statuses that mean trouble whatever the value: Amazon's BAD/WARNED and account AT_RISK, DEACTIVATED, SUSPENDED. */
const BAD_PLATFORM_STATUSES = new Set(['BAD', 'WARNED', 'AT_RISK', 'DEACTIVATED', 'SUSPENDED']);
const GOOD_PLATFORM_STATUSES = new Set(['GOOD', 'GREAT', 'NORMAL']);

export function evaluateValue(
  value: number | null,
  direction: Direction,
  threshold: ResolvedThreshold | null,
  platform?: PlatformJudgement,
): Exclude<MetricStatus, 'stale' | 'no_data'> | 'no_data' {
  if (platform?.status && BAD_PLATFORM_STATUSES.has(platform.status)) return 'breach';
  if (value === null) return platform?.status && GOOD_PLATFORM_STATUSES.has(platform.status) ? 'ok' : 'no_data';
  if (platform?.target !== null && platform?.target !== undefined && platform.condition) {
    const met = meetsPlatformCondition(value, platform.target, platform.condition);
    if (met === false) return 'breach';
    if (met === true && (!threshold || threshold.origin === 'catalog' || threshold.origin === 'marketplace')) {
      return threshold?.watch !== null && threshold?.watch !== undefined && isWorseOrEqual(value, threshold.watch, direction)
        ? 'watch'
        : 'ok';
    }
  }
  if (!threshold) return 'ok';
  if (isWorseOrEqual(value, threshold.breach, direction)) return 'breach';
  if (threshold.watch !== null && isWorseOrEqual(value, threshold.watch, direction)) return 'watch';
  return 'ok';
}

/** Data is stale once it is older than the metric's refresh period plus the platform's lag. */
export function isStale(asOf: Date, now: Date, refreshHours: number, graceHours: number): boolean {
  return now.getTime() - asOf.getTime() > (refreshHours + graceHours) * 3_600_000;
}
