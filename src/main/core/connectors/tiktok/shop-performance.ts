import { z } from 'zod';
import { ConnectorError } from '../connector-error';
import type { TikTokClient } from './tiktok-client';

const shops = z.object({
  shops: z.array(z.object({ id: z.string(), cipher: z.string(), name: z.string().optional(), code: z.string().optional() })),
});

/**
 * The `shop_cipher` of the store's shop: TikTok lists the shops an authorisation covers; the
 * store's seller id must be one of their ids or codes (never a guess among several).
 */
export async function findShopCipher(client: TikTokClient, sellerId: string): Promise<string> {
  const parsed = shops.safeParse(await client.get('/authorization/202309/shops', {}, 'TikTok Shop authorised shops'));
  if (!parsed.success) throw new ConnectorError('bad_response', "TikTok Shop authorised shops: the answer has an unexpected shape.");
  const shop = parsed.data.shops.find((s) => s.id === sellerId || s.code === sellerId);
  if (!shop) {
    const known = parsed.data.shops.map((s) => s.code ?? s.id).join(', ') || 'none';
    throw new ConnectorError('not_configured', `TikTok Shop did not authorise shop ${sellerId} for these credentials (authorised: ${known}); fix the store's seller id or authorise that shop.`);
  }
  return shop.cipher;
}

const money = z.object({ amount: z.string(), currency: z.string() });
const performance = z.object({
  performance: z.object({
    intervals: z.array(
      z.object({
        start_date: z.iso.date(),
        end_date: z.iso.date(),
        gmv: money.optional(),
        conversion_rate: z.string().optional(),
      }),
    ),
  }),
});

/**
 * What the Partner API's shop performance endpoint offers that the catalog knows: daily GMV and
 * conversion. Fulfilment metrics, SPS and account health points are not offered: file import only.
 */
export const TIKTOK_SYNCED_METRICS = ['tiktok.gmv', 'tiktok.conversion_rate'] as const;

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Daily shop performance for [from, to) as a storefleet-long CSV, so it goes through the same
 * importer as a file (same batches, same undo, the original kept).
 */
export async function fetchShopPerformanceCsv(client: TikTokClient, shopCipher: string, storeId: number, from: string, toExclusive: string): Promise<{ csv: string; rows: number }> {
  const data = performance.safeParse(
    await client.get('/analytics/202405/shop/performance', { start_date_ge: from, end_date_lt: toExclusive, granularity: '1D', currency: 'LOCAL' }, 'TikTok Shop performance', shopCipher),
  );
  if (!data.success) throw new ConnectorError('bad_response', 'TikTok Shop performance: the answer has an unexpected shape.');
  const lines = ['store,metric,date,value,currency'];
  for (const interval of data.data.performance.intervals) {
    if (interval.gmv) lines.push([`#${storeId}`, 'tiktok.gmv', interval.start_date, interval.gmv.amount, interval.gmv.currency].map(csvCell).join(','));
    if (interval.conversion_rate !== undefined) lines.push([`#${storeId}`, 'tiktok.conversion_rate', interval.start_date, interval.conversion_rate, ''].map(csvCell).join(','));
  }
  return { csv: `${lines.join('\n')}\n`, rows: lines.length - 1 };
}
