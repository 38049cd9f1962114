import { describe, expect, it } from 'vitest';
import { computeFunnel, type DailyValue } from '../../../../src/main/core/kpi/compute-funnel';

const days = (values: number[], first = 1): DailyValue[] => values.map((value, i) => ({ date: `2026-11-${String(first + i).padStart(2, '0')}`, value }));

describe('computeFunnel', () => {
  it('sums the counts, weights each day\'s add-to-cart rate by that day\'s clicks, and rates each step from the one before', () => {
    const funnel = computeFunnel({
      impressions: days([10_000, 30_000]),
      clicks: days([300, 500]),
      addToCartRate: days([0.1, 0.04]),
      orders: days([12, 14]),
    });
    expect(funnel.steps).toEqual([
      { step: 'impressions', count: 40_000, rateFromPrevious: null },
      { step: 'clicks', count: 800, rateFromPrevious: 0.02 },
      { step: 'add_to_cart', count: 50, rateFromPrevious: 0.0625 },
      { step: 'orders', count: 26, rateFromPrevious: 0.52 },
    ]);
    expect(funnel.weakestStep).toBe('clicks');
  });

  it('rounds the add-to-cart count, because it stands for whole shoppers', () => {
    const funnel = computeFunnel({ impressions: days([1000]), clicks: days([33]), addToCartRate: days([0.1]), orders: days([1]) });
    expect(funnel.steps[2]).toMatchObject({ count: 3, rateFromPrevious: 3 / 33 });
  });

  it('names add-to-cart the weakest step when few clicks turn into carts', () => {
    const funnel = computeFunnel({ impressions: days([10_000]), clicks: days([400]), addToCartRate: days([0.01]), orders: days([3]) });
    expect(funnel.weakestStep).toBe('add_to_cart');
  });

  it('counts add-to-cart only on days that have both clicks and a rate', () => {
    const funnel = computeFunnel({ impressions: days([5000, 5000]), clicks: days([100, 100]), addToCartRate: days([0.2], 2), orders: days([5, 5]) });
    expect(funnel.steps[2]?.count).toBe(20);
  });

  it('leaves a step without data null, and then cannot say which step is weakest', () => {
    const funnel = computeFunnel({ impressions: days([10_000]), clicks: days([300]), addToCartRate: [], orders: days([9]) });
    expect(funnel.steps.map((s) => s.count)).toEqual([10_000, 300, null, 9]);
    expect(funnel.steps.map((s) => s.rateFromPrevious)).toEqual([null, 0.03, null, null]);
    expect(funnel.weakestStep).toBeNull();
  });

  it('has no add-to-cart count when the rates fall on days without clicks', () => {
    const funnel = computeFunnel({ impressions: days([1]), clicks: days([10], 1), addToCartRate: days([0.5], 3), orders: days([1]) });
    expect(funnel.steps[2]?.count).toBeNull();
  });

  it('gives no rate after a step of zero, instead of dividing by it', () => {
    const funnel = computeFunnel({ impressions: days([0]), clicks: days([0]), addToCartRate: days([0.1]), orders: days([0]) });
    expect(funnel.steps.map((s) => s.rateFromPrevious)).toEqual([null, null, null, null]);
    expect(funnel.weakestStep).toBeNull();
  });

  it('is all nulls for a store without funnel data', () => {
    const funnel = computeFunnel({ impressions: [], clicks: [], addToCartRate: [], orders: [] });
    expect(funnel.steps.every((s) => s.count === null && s.rateFromPrevious === null)).toBe(true);
    expect(funnel.weakestStep).toBeNull();
  });
});
