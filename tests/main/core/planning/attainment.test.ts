import { describe, expect, it } from 'vitest';
import { ATTAINMENT_CAP, attainment, weightedAttainment } from '../../../../src/main/core/planning/scorecards/attainment';

describe('attainment', () => {
  it('is actual ÷ target for a higher-is-better metric because GMV of 80 against 100 is 80 % there', () => {
    expect(attainment(80, 100, 'higher_is_better')).toBeCloseTo(0.8);
    expect(attainment(130, 100, 'higher_is_better')).toBeCloseTo(1.3);
  });

  it('is target ÷ actual for a lower-is-better metric because a defect rate twice the target is half-way', () => {
    expect(attainment(0.02, 0.01, 'lower_is_better')).toBeCloseTo(0.5);
    expect(attainment(0.005, 0.01, 'lower_is_better')).toBeCloseTo(2);
  });

  it('counts a defect-free period as fully beaten, at the cap, because target ÷ 0 has no value', () => {
    expect(attainment(0, 0.01, 'lower_is_better')).toBe(ATTAINMENT_CAP);
  });

  it('meets a zero target in full or not at all because a policy complaint count has no share of the way', () => {
    expect(attainment(0, 0, 'lower_is_better')).toBe(1);
    expect(attainment(2, 0, 'lower_is_better')).toBe(0);
  });

  it('has no attainment without an actual value because missing data is not a miss', () => {
    expect(attainment(null, 100, 'higher_is_better')).toBeNull();
  });
});

describe('weightedAttainment', () => {
  it('weights each target by its weight because the content lead owns videos more than GMV', () => {
    const result = weightedAttainment([
      { weight: 3, attainment: 1 },
      { weight: 1, attainment: 0.6 },
    ]);
    expect(result.value).toBeCloseTo((3 * 1 + 1 * 0.6) / 4);
    expect(result.weightCounted).toBe(4);
  });

  it('caps a beaten target at 150 % because one runaway number must not hide misses', () => {
    const result = weightedAttainment([
      { weight: 1, attainment: 10 },
      { weight: 1, attainment: 0.5 },
    ]);
    expect(result.value).toBeCloseTo((ATTAINMENT_CAP + 0.5) / 2);
  });

  it('leaves targets without data out and reports their weight because they are unknown, not zero', () => {
    const result = weightedAttainment([
      { weight: 2, attainment: 0.9 },
      { weight: 1, attainment: null },
    ]);
    expect(result.value).toBeCloseTo(0.9);
    expect(result.weightMissing).toBe(1);
  });

  it('has no score when no target has data', () => {
    expect(weightedAttainment([{ weight: 1, attainment: null }]).value).toBeNull();
    expect(weightedAttainment([]).value).toBeNull();
  });
});
