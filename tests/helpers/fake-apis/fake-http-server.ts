import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  bytes?: Buffer;
}

export type Route = (request: ReceivedRequest) => Reply;

export interface FakeServer {
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 that answers through `route` and keeps every request it
 * received, so tests check what the connector sent, not only what it did with the answers.
 */
export async function startFakeServer(route: Route): Promise<FakeServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: ReceivedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      let reply: Reply;
      try {
        reply = route(request);
      } catch (error) {
        reply = { status: 500, json: { error: error instanceof Error ? error.message : String(error) } };
      }
      const body = reply.bytes ?? Buffer.from(JSON.stringify(reply.json ?? {}));
      res.writeHead(reply.status ?? 200, { 'content-type': reply.bytes ? 'application/octet-stream' : 'application/json', ...reply.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
