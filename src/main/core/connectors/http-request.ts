import { ConnectorError } from './connector-error';

/** The network as connectors see it: `fetch`, handed in so tests and hosts can choose. */
export type HttpFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface NetworkDeps {
  fetch: HttpFetch;
  /** Waits between retries and polls; tests record the waits instead of sleeping. */
  sleep: (ms: number) => Promise<void>;
  /** 0 ≤ x < 1, for jitter. */
  random: () => number;
}

export const realNetwork: NetworkDeps = {
  fetch: (url, init) => fetch(url, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export interface HttpCall {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Names the call in errors ("Amazon report 123 status"), never with a secret in it. */
  what: string;
}

const MAX_RATE_LIMIT_RETRIES = 5;
/** A platform that does not answer in this time is treated like one that cannot be reached. */
const REQUEST_TIMEOUT_MS = 60_000;
const BASE_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;

/** Exponential backoff with full jitter: spreads many stores' retries instead of bunching them. */
export function backoffDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After is seconds or an HTTP date. */
function retryAfterMs(response: Response): number | null {
  const header = response.headers.get('retry-after');
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|ETIMEDOUT|fetch failed/.test(`${error.message} ${String(error.cause)}`));
}

/**
 * One HTTP call that honours 429 (Retry-After, else exponential backoff with jitter) and retries
 * 5xx a few times. Answers the response of any other status for the caller to interpret.
 */
export async function request(net: NetworkDeps, call: HttpCall): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await net.fetch(call.url, { method: call.method, headers: call.headers, body: call.body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new ConnectorError('offline', `${call.what}: the platform did not answer within ${REQUEST_TIMEOUT_MS / 1000} s (${new URL(call.url).host}); Storefleet will try again.`);
      }
      if (isNetworkFailure(error)) {
        throw new ConnectorError('offline', `${call.what}: the platform could not be reached (${new URL(call.url).host}); check the network connection or the endpoint setting. Storefleet will try again.`);
      }
      throw error;
    }
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable) return response;
    if (attempt >= MAX_RATE_LIMIT_RETRIES) {
      throw response.status === 429
        ? new ConnectorError('rate_limited', `${call.what}: the platform kept answering "too many requests"; Storefleet will try again later.`)
        : new ConnectorError('server', `${call.what}: the platform answered HTTP ${response.status} ${MAX_RATE_LIMIT_RETRIES + 1} times; Storefleet will try again later.`);
    }
    await response.body?.cancel();
    await net.sleep((response.status === 429 ? retryAfterMs(response) : null) ?? backoffDelay(attempt, net.random));
  }
}

/** The JSON body of a response, or a plain-words error naming the call. */
export async function readJson(response: Response, what: string): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ConnectorError('bad_response', `${what}: the platform answered HTTP ${response.status} with something that is not JSON.`);
  }
}
