import { z } from 'zod';
import { ConnectorError } from '../connector-error';
import { readJson, request, type NetworkDeps } from '../http-request';

export interface TikTokTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  refreshTokenExpiresAt: Date;
}

const tokenAnswer = z.object({
  code: z.number(),
  message: z.string().optional(),
  data: z
    .object({
      access_token: z.string().min(1),
      access_token_expire_in: z.number(),
      refresh_token: z.string().min(1),
      refresh_token_expire_in: z.number(),
    })
    .optional(),
});

/** Past this many seconds a value is a unix time, not a duration: no token lives 30 years. */
const ABSOLUTE_THRESHOLD_S = 1_000_000_000;

/**
 * TikTok's `*_expire_in` fields are documented ambiguously (absolute or relative): read a value
 * large enough to be a unix time as one, anything smaller as seconds from now.
 */
export function tokenExpiry(value: number, now: Date): Date {
  return value >= ABSOLUTE_THRESHOLD_S ? new Date(value * 1000) : new Date(now.getTime() + value * 1000);
}

/** `/api/v2/token/refresh`: new access and refresh tokens (both rotate). */
export async function refreshTikTokToken(net: NetworkDeps, authBase: string, appKey: string, appSecret: string, refreshToken: string, now: Date): Promise<TikTokTokens> {
  const query = new URLSearchParams({ app_key: appKey, app_secret: appSecret, refresh_token: refreshToken, grant_type: 'refresh_token' });
  const response = await request(net, { method: 'GET', url: `${authBase}/api/v2/token/refresh?${query.toString()}`, what: 'TikTok Shop token refresh' });
  const parsed = tokenAnswer.safeParse(await readJson(response, 'TikTok Shop token refresh'));
  if (!parsed.success) throw new ConnectorError('bad_response', 'TikTok Shop token refresh: the answer has an unexpected shape.');
  const { code, message, data } = parsed.data;
  if (code !== 0 || !data) {
    throw new ConnectorError('auth', `TikTok Shop refused to renew the tokens (${code}${message ? `: ${message}` : ''}); authorise the shop again and replace the tokens in Settings → Connections.`);
  }
  return {
    accessToken: data.access_token,
    refreshToken: data.refresh_token,
    accessTokenExpiresAt: tokenExpiry(data.access_token_expire_in, now),
    refreshTokenExpiresAt: tokenExpiry(data.refresh_token_expire_in, now),
  };
}
