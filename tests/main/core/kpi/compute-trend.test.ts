import { describe, expect, it } from 'vitest';
import { computeHealthScore } from '../../../../src/main/core/kpi/compute-health-score';
import { computeTrend, dayNumber } from '../../../../src/main/core/kpi/compute-trend';

const line = (start: number, step: number, n = 10) =>
  Array.from({ length: n }, (_, i) => ({ day: dayNumber('2026-11-01') + i, value: start + step * i }));

describe('computeTrend', () => {
  it('projects days until a rising ODR reaches 1%', () => {
    const trend = computeTrend(line(0.005, 0.0002), 'lower_is_better', 0.01);
    expect(trend.direction).toBe('worsening');
    expect(trend.daysToBreach).toBe(16);
  });

  it('gives no projection for an improving metric', () => {
    expect(computeTrend(line(0.009, -0.0002), 'lower_is_better', 0.01)).toMatchObject({ direction: 'improving', daysToBreach: null });
  });

  it('calls noise flat', () => {
    expect(computeTrend(line(0.97, 0.000001), 'higher_is_better', 0.95).direction).toBe('flat');
  });

  it('says 0 days when the line has already crossed', () => {
    expect(computeTrend(line(0.011, 0.0002), 'lower_is_better', 0.01).daysToBreach).toBe(0);
  });

  it('needs two points for a slope', () => {
    expect(computeTrend(line(0.5, 0, 1), 'lower_is_better', 1)).toEqual({ slopePerDay: 0, direction: 'flat', daysToBreach: null });
  });
});

describe('computeHealthScore', () => {
  it('starts at 100 and lets one breach weigh more than two watches', () => {
    expect(computeHealthScore(['ok', 'ok', 'no_data'], 0)).toBe(100);
    expect(computeHealthScore(['breach'], 0)).toBeLessThan(computeHealthScore(['watch', 'watch'], 0));
    expect(computeHealthScore(['watch', 'stale'], 1)).toBe(84);
    expect(computeHealthScore(Array(6).fill('breach'), 0)).toBe(0);
  });
});
