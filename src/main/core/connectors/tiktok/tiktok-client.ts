import { z } from 'zod';
import { ConnectorError } from '../connector-error';
import { readJson, request, type NetworkDeps } from '../http-request';
import { signTikTokRequest } from './sign-request';

/** TikTok answers HTTP 200 with a code; these say the access token expired or is invalid. */
const EXPIRED_TOKEN_CODES = new Set([105002, 105001, 36004004]);

const envelope = z.object({ code: z.number(), message: z.string().optional(), data: z.unknown().optional() });

export interface TikTokClient {
  /** A signed GET; answers `data` of a `code: 0` answer. */
  get(path: string, params: Record<string, string>, what: string, shopCipher?: string): Promise<unknown>;
}

export interface TikTokClientOptions {
  apiBase: string;
  appKey: string;
  appSecret: string;
  accessToken: string;
  now: () => Date;
  /** Renews the tokens (and keeps the new ones); answers the new access token. */
  renewAccessToken: () => Promise<string>;
}

/** Signs every call (DOMAIN.md) and renews the access token once when TikTok says it expired. */
export function tiktokClient(net: NetworkDeps, options: TikTokClientOptions): TikTokClient {
  let accessToken = options.accessToken;
  async function send(path: string, params: Record<string, string>, what: string, shopCipher: string | undefined) {
    const query: Record<string, string> = {
      ...params,
      app_key: options.appKey,
      timestamp: String(Math.floor(options.now().getTime() / 1000)),
      ...(shopCipher ? { shop_cipher: shopCipher } : {}),
    };
    query.sign = signTikTokRequest(path, query, null, options.appSecret);
    const response = await request(net, {
      method: 'GET',
      url: `${options.apiBase}${path}?${new URLSearchParams(query).toString()}`,
      headers: { 'x-tts-access-token': accessToken, 'content-type': 'application/json' },
      what,
    });
    const parsed = envelope.safeParse(await readJson(response, what));
    if (!parsed.success) throw new ConnectorError('bad_response', `${what}: TikTok Shop's answer has an unexpected shape.`);
    return parsed.data;
  }
  return {
    async get(path, params, what, shopCipher) {
      let answer = await send(path, params, what, shopCipher);
      if (EXPIRED_TOKEN_CODES.has(answer.code)) {
        accessToken = await options.renewAccessToken();
        answer = await send(path, params, what, shopCipher);
      }
      if (answer.code === 0) return answer.data;
      if (EXPIRED_TOKEN_CODES.has(answer.code) || answer.code === 106001) {
        throw new ConnectorError('auth', `${what}: TikTok Shop refused the access token (${answer.code}); authorise the shop again.`);
      }
      throw new ConnectorError('server', `${what}: TikTok Shop answered ${answer.code}${answer.message ? ` (${answer.message})` : ''}; Storefleet will try again later.`);
    },
  };
}
