import { createHmac } from 'node:crypto';

/** Never part of the signature, though sent with the request. */
const UNSIGNED_PARAMS = new Set(['sign', 'access_token']);

/**
 * TikTok Shop Open API signature (DOMAIN.md): the query parameters except `sign` and
 * `access_token`, sorted by key and concatenated as key+value, after the path, then the JSON
 * body (not for multipart), wrapped in the app secret on both sides, HMAC-SHA256 keyed by the
 * app secret, as lower-case hex.
 */
export function signTikTokRequest(path: string, query: Record<string, string>, body: string | null, appSecret: string): string {
  const params = Object.keys(query)
    .filter((key) => !UNSIGNED_PARAMS.has(key))
    .sort()
    .map((key) => `${key}${query[key]}`)
    .join('');
  const plain = `${appSecret}${path}${params}${body ?? ''}${appSecret}`;
  return createHmac('sha256', appSecret).update(plain).digest('hex');
}
