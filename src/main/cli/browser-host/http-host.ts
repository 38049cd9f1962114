import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { InvokeResult } from '@shared/api/invoke-result';
import { contentSecurityPolicy } from '@shared/security/content-security-policy';
import type { Backend } from '../../api/open-backend';
import { readStaticFile } from './static-files';

// An import carries its file base64-encoded: 64 MB of file is about 86 MB of request.
const MAX_BODY_BYTES = 100 * 1024 * 1024;
const SESSION_COOKIE = 'storefleet_session';

export interface BrowserHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface BrowserHostOptions {
  backend: Backend;
  rendererDir: string;
  port: number;
  /** Fixed only by tests; a fresh random token is made per launch otherwise. */
  token?: string;
}

function sameSecret(a: string | null | undefined, b: string): boolean {
  if (!a) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-security-policy': contentSecurityPolicy(null),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: InvokeResult<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Serves the built renderer and the API on 127.0.0.1 only. Every API call must carry the
 * per-launch token, the Host header must name this server (against DNS rebinding) and an
 * Origin header, when the browser sends one, must be this server's own.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const rendererDir = resolve(options.rendererDir);
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing): run "npm run build" first.`);
  }
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { api, ctx } = options.backend;
  let port = 0;

  const handleInvoke = async (req: IncomingMessage, res: ServerResponse) => {
    let body: string;
    try {
      body = await readBody(req);
    } catch {
      sendResult(res, 413, { ok: false, error: { code: 'invalid_input', message: 'Request body is larger than 100 MB; files up to 64 MB can be imported.' } });
      return;
    }
    let message: { procedure?: unknown; input?: unknown };
    try {
      message = JSON.parse(body) as typeof message;
    } catch {
      sendResult(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Request body is not valid JSON.' } });
      return;
    }
    sendResult(res, 200, await api.handle(message?.procedure, message?.input));
  };

  const handleEvents = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const unsubscribe = ctx.events.subscribe((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      send(res, 421, 'Unknown host.', 'text/plain; charset=utf-8');
      return;
    }
    // Browsers send Origin on cross-site requests: a page of another site never gets an answer, token or not.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      send(res, 403, 'Requests from other sites are refused.', 'text/plain; charset=utf-8');
      return;
    }
    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return send(res, 405, 'POST only.', 'text/plain; charset=utf-8');
      if (!sameSecret(req.headers['x-storefleet-token'] as string | undefined, token)) {
        return sendResult(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong access token.' } });
      }
      void handleInvoke(req, res);
      return;
    }
    if (url.pathname === '/api/events') {
      if (!sameSecret(url.searchParams.get('token'), token)) {
        return send(res, 401, 'Missing or wrong access token.', 'text/plain; charset=utf-8');
      }
      handleEvents(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only.', 'text/plain; charset=utf-8');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      // The token arrives in the printed address once; a cookie lets the same browser reload the page.
      if (sameSecret(url.searchParams.get('token'), token)) {
        res.setHeader('set-cookie', `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      } else if (!sameSecret(readCookie(req, SESSION_COOKIE), token)) {
        return send(
          res,
          401,
          'Storefleet: open the full address printed by "storefleet serve" (it carries the access token).',
          'text/plain; charset=utf-8',
        );
      }
    }
    const file = readStaticFile(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return send(res, 404, 'Not found.', 'text/plain; charset=utf-8');
    send(res, 200, file.body, file.contentType);
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
