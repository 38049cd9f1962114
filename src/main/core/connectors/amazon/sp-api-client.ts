import { ConnectorError } from '../connector-error';
import { readJson, request, type NetworkDeps } from '../http-request';
import type { AmazonEndpoints } from './amazon-endpoints';
import { refreshLwaToken, type AccessToken, type LwaCredentials } from './lwa-token';

export interface SpApiClient {
  /** A signed-in SP-API call; answers the parsed JSON of a 2xx response. */
  call(method: 'GET' | 'POST', path: string, what: string, body?: unknown): Promise<unknown>;
}

/**
 * Holds the access token for one sync: fetched on first use, renewed when it is about to expire,
 * and once more when Amazon says it expired anyway (clock skew, revocation).
 */
export function spApiClient(net: NetworkDeps, endpoints: AmazonEndpoints, credentials: LwaCredentials, now: () => Date): SpApiClient {
  let token: AccessToken | null = null;
  async function accessToken(renew: boolean): Promise<string> {
    if (renew || !token || token.expiresAt <= now().getTime()) token = await refreshLwaToken(net, endpoints.lwa, credentials, now);
    return token.value;
  }
  async function send(method: 'GET' | 'POST', path: string, what: string, body: unknown, renew: boolean): Promise<Response> {
    return request(net, {
      method,
      url: `${endpoints.api}${path}`,
      headers: { 'x-amz-access-token': await accessToken(renew), accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      what,
    });
  }
  return {
    async call(method, path, what, body) {
      let response = await send(method, path, what, body, false);
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel();
        response = await send(method, path, what, body, true);
      }
      if (response.status === 401 || response.status === 403) {
        throw new ConnectorError('auth', `${what}: Amazon refused access (HTTP ${response.status}); check that the app is still authorised for this seller account.`);
      }
      const json = await readJson(response, what);
      if (!response.ok) throw new ConnectorError('server', `${what}: Amazon answered HTTP ${response.status}; Storefleet will try again later.`);
      return json;
    },
  };
}
