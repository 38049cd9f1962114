import { describe, expect, it } from 'vitest';
import { standardNormalCdf, twoProportionTest } from '../../../../src/main/core/planning/experiments/two-proportion-test';

describe('twoProportionTest', () => {
  it('matches the textbook example: 200/1000 against 250/1000 gives z ≈ 2.677, p ≈ 0.0074', () => {
    const result = twoProportionTest({ successes: 200, trials: 1000 }, { successes: 250, trials: 1000 });
    expect(result.kind).toBe('tested');
    if (result.kind !== 'tested') return;
    expect(result.difference).toBeCloseTo(0.05);
    expect(result.z).toBeCloseTo(2.6774, 3);
    expect(result.pValue).toBeCloseTo(0.00742, 4);
    expect(result.significant).toBe(true);
  });

  it('calls a small difference on small samples not significant because p is well above 5 %', () => {
    const result = twoProportionTest({ successes: 20, trials: 1000 }, { successes: 24, trials: 1000 });
    expect(result.kind).toBe('tested');
    if (result.kind === 'tested') expect(result.significant).toBe(false);
  });

  it('is symmetric: swapping the groups flips z and keeps p', () => {
    const a = twoProportionTest({ successes: 30, trials: 900 }, { successes: 55, trials: 950 });
    const b = twoProportionTest({ successes: 55, trials: 950 }, { successes: 30, trials: 900 });
    if (a.kind !== 'tested' || b.kind !== 'tested') throw new Error('both should be tested');
    expect(a.z).toBeCloseTo(-b.z);
    expect(a.pValue).toBeCloseTo(b.pValue);
  });

  it('refuses to test fewer than 5 successes in a group because the normal approximation does not hold', () => {
    const result = twoProportionTest({ successes: 3, trials: 400 }, { successes: 12, trials: 400 });
    expect(result.kind).toBe('insufficient');
    if (result.kind === 'insufficient') expect(result.difference).toBeCloseTo(0.0225);
  });

  it('refuses a group without trials because there is no rate to compare', () => {
    const result = twoProportionTest({ successes: 0, trials: 0 }, { successes: 12, trials: 400 });
    expect(result).toMatchObject({ kind: 'insufficient', difference: null });
  });
});

describe('standardNormalCdf', () => {
  it('gives the familiar quantiles', () => {
    expect(standardNormalCdf(0)).toBeCloseTo(0.5, 6);
    expect(standardNormalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(standardNormalCdf(-1.644854)).toBeCloseTo(0.05, 5);
  });
});
