import type { MetricStatus } from './evaluate-metric-status';

/**
 * Store health score, 0–100: start at 100 and subtract per metric that matters for the store:
 * 25 per breach, 8 per watch, 5 per stale metric, and 3 per metric projected to breach within
 * the alert horizon. No data costs nothing (it is reported separately). Floors at 0. Breaches
 * dominate so one breached store always ranks below any store that is only on watch.
 */
export const HEALTH_PENALTY = { breach: 25, watch: 8, stale: 5, projected: 3 } as const;

export function computeHealthScore(statuses: readonly MetricStatus[], projectedBreaches: number): number {
  let score = 100;
  for (const status of statuses) {
    if (status === 'breach') score -= HEALTH_PENALTY.breach;
    else if (status === 'watch') score -= HEALTH_PENALTY.watch;
    else if (status === 'stale') score -= HEALTH_PENALTY.stale;
  }
  score -= projectedBreaches * HEALTH_PENALTY.projected;
  return Math.max(0, score);
}
