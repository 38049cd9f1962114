import type { Funnel } from '@shared/api/series-schemas';
import type { CoreContext } from '../core-context';
import { getStore } from '../stores/store-service';
import { computeFunnel, type DailyValue } from './compute-funnel';
import { dailySnapshotReader } from './daily-snapshots';
import { assertDateRange, type DateRange } from './date-range';

/** Catalog keys of the interest e-commerce funnel (see shared/metrics/interest-metrics.ts). */
const FUNNEL_KEYS = {
  impressions: 'funnel.impressions',
  clicks: 'funnel.clicks',
  addToCartRate: 'funnel.add_to_cart_rate',
  orders: 'funnel.orders',
} as const;

/** A store's funnel over a range (plays → clicks → add-to-cart → orders), from its daily snapshots. */
export function getFunnel(ctx: CoreContext, query: DateRange & { storeId: number }): Funnel {
  const store = getStore(ctx, query.storeId);
  assertDateRange(query);
  const readDays = dailySnapshotReader(ctx, store.id, query);
  const daily = (key: string): DailyValue[] =>
    readDays(key).flatMap((row) => (row.value === null ? [] : [{ date: row.window_to, value: row.value }]));
  return {
    from: query.from,
    to: query.to,
    ...computeFunnel({
      impressions: daily(FUNNEL_KEYS.impressions),
      clicks: daily(FUNNEL_KEYS.clicks),
      addToCartRate: daily(FUNNEL_KEYS.addToCartRate),
      orders: daily(FUNNEL_KEYS.orders),
    }),
  };
}
