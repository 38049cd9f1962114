import type { Funnel } from '@shared/api/series-schemas';

/** One reported day of a funnel metric. */
export interface DailyValue {
  date: string;
  value: number;
}

/** The daily figures a funnel is built from; a metric the store never reported is an empty list. */
export interface FunnelDays {
  impressions: readonly DailyValue[];
  clicks: readonly DailyValue[];
  /** Fractions of the day's clicks that added to cart. */
  addToCartRate: readonly DailyValue[];
  orders: readonly DailyValue[];
}

type FunnelStep = Funnel['steps'][number];

function total(days: readonly DailyValue[]): number | null {
  return days.length === 0 ? null : days.reduce((sum, day) => sum + day.value, 0);
}

/**
 * Platforms report add-to-cart as a daily rate, not a count: weighting each day's rate by that
 * day's clicks gives the count the rate stands for. Only days that have both figures count.
 */
function addToCartCount(clicks: readonly DailyValue[], rates: readonly DailyValue[]): number | null {
  const clicksByDate = new Map(clicks.map((day) => [day.date, day.value]));
  let count = 0;
  let matched = false;
  for (const rate of rates) {
    const dayClicks = clicksByDate.get(rate.date);
    if (dayClicks === undefined) continue;
    count += dayClicks * rate.value;
    matched = true;
  }
  return matched ? Math.round(count) : null;
}

function rate(count: number | null, previous: number | null): number | null {
  return count === null || previous === null || previous === 0 ? null : count / previous;
}

/**
 * Plays → clicks → add-to-cart → orders over the days given: counts summed, each step's rate
 * from the one before, and the weakest step: the lowest of those rates, or null when a step is
 * missing (a funnel with a hole cannot say where it leaks).
 */
export function computeFunnel(days: FunnelDays): Pick<Funnel, 'steps' | 'weakestStep'> {
  const counts: [FunnelStep['step'], number | null][] = [
    ['impressions', total(days.impressions)],
    ['clicks', total(days.clicks)],
    ['add_to_cart', addToCartCount(days.clicks, days.addToCartRate)],
    ['orders', total(days.orders)],
  ];
  const steps: FunnelStep[] = counts.map(([step, count], index) => ({
    step,
    count,
    rateFromPrevious: index === 0 ? null : rate(count, counts[index - 1]![1]),
  }));
  const judged = steps.slice(1);
  if (judged.some((step) => step.rateFromPrevious === null)) return { steps, weakestStep: null };
  const weakest = judged.reduce((low, step) => (step.rateFromPrevious! < low.rateFromPrevious! ? step : low));
  return { steps, weakestStep: weakest.step };
}
