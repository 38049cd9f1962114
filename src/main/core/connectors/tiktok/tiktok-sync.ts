import type { CoreContext } from '../../core-context';
import { readSecrets, setCredential } from '../../credentials/credential-service';
import { getStore } from '../../stores/store-service';
import type { SyncDeps } from '../../sync/sync-deps';
import type { ConnectorRun } from '../amazon/amazon-sync';
import { fetchShopPerformanceCsv, findShopCipher } from './shop-performance';
import { tiktokClient } from './tiktok-client';
import { tiktokEndpoints } from './tiktok-endpoints';
import { refreshTikTokToken } from './tiktok-token';

const SYNC_DAYS = 14;

function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The last 14 whole days of shop performance for one TikTok Shop store. */
export async function fetchTikTokDocuments(ctx: CoreContext, deps: SyncDeps, storeId: number, endpoint: string | null, onStep: (label: string) => void): Promise<ConnectorRun> {
  const { store, secrets } = await deps.exclusive(async () => ({ store: getStore(ctx, storeId), secrets: await readSecrets(ctx, storeId, 'tiktok', 'sync') }));
  const endpoints = tiktokEndpoints(endpoint);
  let refreshToken = secrets.refresh_token;
  const client = tiktokClient(deps.net, {
    apiBase: endpoints.api,
    appKey: secrets.app_key,
    appSecret: secrets.app_secret,
    accessToken: secrets.access_token,
    now: ctx.now,
    renewAccessToken: async () => {
      const tokens = await refreshTikTokToken(deps.net, endpoints.auth, secrets.app_key, secrets.app_secret, refreshToken, ctx.now());
      refreshToken = tokens.refreshToken;
      // Both tokens rotate: keep the new ones at once, or the next sync starts from dead tokens.
      await deps.exclusive(async () => {
        await setCredential(ctx, { storeId, provider: 'tiktok', name: 'access_token', secret: tokens.accessToken });
        await setCredential(ctx, { storeId, provider: 'tiktok', name: 'refresh_token', secret: tokens.refreshToken, rotationReminderOn: isoDay(tokens.refreshTokenExpiresAt) });
      });
      return tokens.accessToken;
    },
  });
  onStep('authorised shops');
  const cipher = await findShopCipher(client, store.sellerId);
  onStep('shop performance');
  const today = ctx.now();
  const from = isoDay(new Date(today.getTime() - SYNC_DAYS * 86_400_000));
  const { csv, rows } = await fetchShopPerformanceCsv(client, cipher, storeId, from, isoDay(today));
  if (rows === 0) return { documents: [], empty: ['shop performance'], failure: null };
  return { documents: [{ fileName: `tiktok-shop-performance-${store.sellerId}-${from}.csv`, bytes: Buffer.from(csv, 'utf8'), mapping: 'storefleet-long' }], empty: [], failure: null };
}
