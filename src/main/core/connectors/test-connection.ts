import type { CoreContext } from '../core-context';
import { readSecrets } from '../credentials/credential-service';
import { getStore } from '../stores/store-service';
import { findSyncState, providerOfStore } from '../sync/sync-state-service';
import { amazonEndpoints } from './amazon/amazon-endpoints';
import { refreshLwaToken } from './amazon/lwa-token';
import { realNetwork, type NetworkDeps } from './http-request';
import { findShopCipher } from './tiktok/shop-performance';
import { tiktokClient } from './tiktok/tiktok-client';
import { tiktokEndpoints } from './tiktok/tiktok-endpoints';

/**
 * Proves a store's credentials work without importing anything: Amazon signs in; TikTok lists
 * the authorised shops with a signed call and finds the store's. Answers what worked, in plain words.
 */
export async function testConnection(ctx: CoreContext, storeId: number, endpointOverride?: string, net: NetworkDeps = realNetwork): Promise<string> {
  const provider = providerOfStore(ctx, storeId);
  const store = getStore(ctx, storeId);
  const endpoint = endpointOverride ?? findSyncState(ctx, storeId)?.endpoint ?? null;
  if (provider === 'amazon') {
    const secrets = await readSecrets(ctx, storeId, 'amazon', 'connection test');
    const endpoints = amazonEndpoints(store.marketplace, endpoint);
    await refreshLwaToken(net, endpoints.lwa, secrets, ctx.now);
    return `Amazon accepted the credentials (SP-API region ${endpoints.region}).`;
  }
  const secrets = await readSecrets(ctx, storeId, 'tiktok', 'connection test');
  const client = tiktokClient(net, {
    apiBase: tiktokEndpoints(endpoint).api,
    appKey: secrets.app_key,
    appSecret: secrets.app_secret,
    accessToken: secrets.access_token,
    now: ctx.now,
    // A test does not rotate tokens behind the user's back: an expired token is the answer.
    renewAccessToken: () => Promise.resolve(secrets.access_token),
  });
  await findShopCipher(client, store.sellerId);
  return `TikTok Shop accepted the credentials and has authorised shop ${store.sellerId}.`;
}
