import { createHmac } from 'node:crypto';
import { startFakeServer, type FakeServer, type ReceivedRequest, type Reply } from './fake-http-server';

export const TIKTOK_SECRETS = { app_key: '6abc123testkey', app_secret: 'tts-app-secret-FROBOZZ-5521', access_token: 'ROW_access-old', refresh_token: 'ROW_refresh-old' };
export const TIKTOK_SHOP = { id: '7495012345678901234', code: 'USLCTEST01', cipher: 'ROW_cipher_abc' };

/**
 * The signature as DOMAIN.md describes it, written here independently of the connector's code:
 * if the two disagree, the fake server refuses the call.
 */
function expectedSign(path: string, query: URLSearchParams, secret: string): string {
  const keys = [...query.keys()].filter((k) => k !== 'sign' && k !== 'access_token').sort();
  let s = path;
  for (const k of keys) s += k + (query.get(k) ?? '');
  return createHmac('sha256', secret).update(secret + s + secret).digest('hex');
}

export interface TikTokScript {
  /** How the refresh endpoint states expiry: unix seconds, or seconds from now. */
  expiry: 'absolute' | 'relative';
  /** The stored access token is already expired: the first API call says so (105002). */
  accessTokenExpired?: boolean;
  intervals: { start_date: string; end_date: string; gmv?: { amount: string; currency: string }; conversion_rate?: string }[];
}

export interface FakeTikTok extends FakeServer {
  refreshes: ReceivedRequest[];
  apiCalls: ReceivedRequest[];
}

/** TikTok Shop's auth and Open API hosts on one 127.0.0.1 server, checking every signature. */
export async function startFakeTikTok(script: TikTokScript, nowSeconds: number): Promise<FakeTikTok> {
  const refreshes: ReceivedRequest[] = [];
  const apiCalls: ReceivedRequest[] = [];
  let validToken = script.accessTokenExpired ? 'ROW_access-new' : TIKTOK_SECRETS.access_token;
  let validRefresh = TIKTOK_SECRETS.refresh_token;
  const fail = (code: number, message: string): Reply => ({ json: { code, message, request_id: 'r' } });

  const server = await startFakeServer((req) => {
    if (req.path === '/api/v2/token/refresh') {
      refreshes.push(req);
      const q = req.query;
      if (q.get('app_key') !== TIKTOK_SECRETS.app_key || q.get('app_secret') !== TIKTOK_SECRETS.app_secret) return fail(36004001, 'invalid app');
      if (q.get('grant_type') !== 'refresh_token' || q.get('refresh_token') !== validRefresh) return fail(36004005, 'invalid refresh token');
      validToken = 'ROW_access-new';
      validRefresh = 'ROW_refresh-new';
      const access = 7 * 86400;
      const refresh = 60 * 86400;
      return {
        json: {
          code: 0,
          message: 'success',
          data: {
            access_token: validToken,
            access_token_expire_in: script.expiry === 'absolute' ? nowSeconds + access : access,
            refresh_token: validRefresh,
            refresh_token_expire_in: script.expiry === 'absolute' ? nowSeconds + refresh : refresh,
          },
        },
      };
    }
    apiCalls.push(req);
    const q = req.query;
    if (q.get('app_key') !== TIKTOK_SECRETS.app_key) return fail(106002, 'invalid app_key');
    if (!/^\d+$/.test(q.get('timestamp') ?? '')) return fail(106004, 'timestamp missing');
    if (q.get('sign') !== expectedSign(req.path, q, TIKTOK_SECRETS.app_secret)) return fail(106001, 'invalid sign');
    if (req.headers['x-tts-access-token'] !== validToken) return fail(105002, 'access token expired');
    if (req.path === '/authorization/202309/shops') {
      return { json: { code: 0, message: 'success', data: { shops: [{ id: TIKTOK_SHOP.id, code: TIKTOK_SHOP.code, cipher: TIKTOK_SHOP.cipher, name: 'Lumora US', region: 'US' }] } } };
    }
    if (req.path === '/analytics/202405/shop/performance') {
      if (q.get('shop_cipher') !== TIKTOK_SHOP.cipher) return fail(106011, 'shop_cipher is required');
      return { json: { code: 0, message: 'success', data: { performance: { intervals: script.intervals } } } };
    }
    return { status: 404, json: { code: 404, message: 'no such path' } };
  });
  return { ...server, refreshes, apiCalls };
}
