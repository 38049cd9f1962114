import { z } from 'zod';
import { ConnectorError } from '../connector-error';
import { readJson, request, type NetworkDeps } from '../http-request';

export interface LwaCredentials {
  client_id: string;
  client_secret: string;
  refresh_token: string;
}

export interface AccessToken {
  value: string;
  expiresAt: number;
}

const tokenResponse = z.object({ access_token: z.string().min(1), expires_in: z.number().positive().optional() });
const errorResponse = z.object({ error: z.string().optional(), error_description: z.string().optional() });

/** LWA answers 3600 s; renew a minute early so a token never expires mid-flow. */
const EARLY_RENEWAL_MS = 60_000;

/** Login with Amazon: trades the refresh token for a one-hour access token (DOMAIN.md). */
export async function refreshLwaToken(net: NetworkDeps, lwaBase: string, credentials: LwaCredentials, now: () => Date): Promise<AccessToken> {
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: credentials.refresh_token,
    client_id: credentials.client_id,
    client_secret: credentials.client_secret,
  });
  const response = await request(net, {
    method: 'POST',
    url: `${lwaBase}/auth/o2/token`,
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body: form.toString(),
    what: 'Amazon sign-in (Login with Amazon)',
  });
  const body = await readJson(response, 'Amazon sign-in');
  if (!response.ok) {
    const error = errorResponse.safeParse(body);
    const code = error.success ? error.data.error : undefined;
    throw new ConnectorError(
      'auth',
      `Amazon refused the stored credentials (${code ?? `HTTP ${response.status}`}); replace the client secret or refresh token in Settings → Connections.`,
    );
  }
  const parsed = tokenResponse.safeParse(body);
  if (!parsed.success) throw new ConnectorError('bad_response', 'Amazon sign-in answered without an access token.');
  const lifetimeMs = (parsed.data.expires_in ?? 3600) * 1000;
  return { value: parsed.data.access_token, expiresAt: now().getTime() + lifetimeMs - EARLY_RENEWAL_MS };
}
