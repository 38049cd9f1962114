import type { Platform } from '@shared/domain/stores';
import type { CoreContext } from '../core-context';

/**
 * The GMV a commission is charged on, per platform, in order of preference: a TikTok shop
 * reports its GMV both as TikTok Shop GMV and as funnel GMV, and must be counted once.
 */
export const GMV_METRICS: Record<Platform, readonly string[]> = {
  amazon: ['amazon.ordered_product_sales'],
  tiktok_shop: ['tiktok.gmv', 'funnel.gmv'],
  shopify: ['funnel.gmv'],
  other: ['funnel.gmv'],
};

export interface StoreGmvReading {
  metricKey: string | null;
  /** Sum of the daily values in the store's currency, minor units; null when no day was reported. */
  gmvMinor: number | null;
  daysReported: number;
}

interface DailyAmountRow {
  window_to: string;
  amount_minor: number | null;
  currency: string | null;
}

// Daily windows only (a monthly total imported beside the days would count twice); per day the
// later batch wins, as everywhere else.
const DAILY_AMOUNTS_SQL = `SELECT window_to, amount_minor, currency FROM metric_snapshots
  WHERE store_id = ? AND metric_key = ? AND window_from = window_to AND window_to >= ? AND window_to <= ?
  ORDER BY window_to, import_batch_id DESC`;

/** A store's GMV over [from, to] (days in its zone): the daily values of its platform's first GMV metric with data, summed. */
export function readStoreGmv(ctx: CoreContext, store: { id: number; platform: Platform; currency: string }, range: { from: string; to: string }): StoreGmvReading {
  const statement = ctx.workspace.sqlite.prepare<[number, string, string, string], DailyAmountRow>(DAILY_AMOUNTS_SQL);
  for (const metricKey of GMV_METRICS[store.platform]) {
    const latestPerDay = new Map<string, DailyAmountRow>();
    for (const row of statement.all(store.id, metricKey, range.from, range.to)) {
      if (!latestPerDay.has(row.window_to)) latestPerDay.set(row.window_to, row);
    }
    // An amount in another currency than the store's is not this store's GMV: that day counts as unreported.
    const counted = [...latestPerDay.values()].filter((row) => row.amount_minor !== null && row.currency === store.currency);
    if (counted.length > 0) return { metricKey, gmvMinor: counted.reduce((sum, row) => sum + row.amount_minor!, 0), daysReported: counted.length };
  }
  return { metricKey: null, gmvMinor: null, daysReported: 0 };
}
