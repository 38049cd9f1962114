import type { Direction } from '@shared/metrics/metric-definition';

export interface TrendPoint {
  /** Day number (days since epoch) of the observation. */
  day: number;
  value: number;
}

export interface Trend {
  /** Change per day by least squares over the points; 0 with fewer than two points. */
  slopePerDay: number;
  direction: 'improving' | 'worsening' | 'flat';
  /** Whole days until the fitted line crosses the breach level, or null if it never does. */
  daysToBreach: number | null;
}

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

function leastSquaresSlope(points: readonly TrendPoint[]): number {
  const n = points.length;
  if (n < 2) return 0;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.day;
    sy += p.value;
  }
  const mx = sx / n;
  const my = sy / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.day - mx) * (p.value - my);
    den += (p.day - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * Slope over the recent points and, if the metric is moving towards its breach level, the
 * projected days until it gets there. "Flat" means the line moves less than 1% of the level
 * per week, so noise does not show as a trend.
 */
export function computeTrend(points: readonly TrendPoint[], direction: Direction, breach: number | null): Trend {
  const slope = leastSquaresSlope(points);
  const last = points.at(-1);
  const scale = Math.max(Math.abs(breach ?? 0), Math.abs(last?.value ?? 0), 1e-9);
  const worsening = direction === 'lower_is_better' ? slope > 0 : slope < 0;
  const flat = Math.abs(slope) * 7 < scale * 0.01;
  let daysToBreach: number | null = null;
  if (last && breach !== null && worsening && !flat) {
    const gap = breach - last.value;
    const days = gap / slope;
    daysToBreach = days <= 0 ? 0 : Math.ceil(days);
  }
  return { slopePerDay: slope, direction: flat ? 'flat' : worsening ? 'worsening' : 'improving', daysToBreach };
}
