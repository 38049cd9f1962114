import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../../src/main/cli/browser-host/http-host';
import { openTestBackend, tempDir, type TestBackend } from '../../../helpers/temp-workspace';

/** What the security review asks of the browser host, beyond the behaviour tests in http-host.test.ts. */
const TOKEN = 'security-token-0123456789';
let backend: TestBackend;
let host: BrowserHost;
let cleanup: () => void;

beforeAll(async () => {
  const scratch = tempDir();
  cleanup = scratch.cleanup;
  const renderer = join(scratch.dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Storefleet</title>');
  backend = openTestBackend();
  host = await startBrowserHost({ backend, rendererDir: renderer, port: 0, token: TOKEN });
});

afterAll(async () => {
  await host.close();
  backend.dispose();
  cleanup();
});

function send(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      // The event stream never ends by itself: its status is all these tests need.
      if (path.startsWith('/api/events')) resolve({ status: res.statusCode ?? 0, body: '' });
    });
    req.on('error', reject);
    req.end(body);
    if (path.startsWith('/api/events')) setTimeout(() => req.destroy(), 500);
  });
}

const invoke = (headers: Record<string, string>) =>
  send('/api/invoke', { 'content-type': 'application/json', ...headers }, 'POST', JSON.stringify({ procedure: 'workspace.info' }));

describe('browser host security', () => {
  it('refuses an API call with a foreign Origin even when it carries the token', async () => {
    const reply = await invoke({ 'x-storefleet-token': TOKEN, origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
  });

  it('refuses an Origin on another port of the same machine (another local web app)', async () => {
    expect((await invoke({ 'x-storefleet-token': TOKEN, origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
  });

  it('answers its own Origin, by 127.0.0.1 or by localhost', async () => {
    expect((await invoke({ 'x-storefleet-token': TOKEN, origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
    expect((await invoke({ 'x-storefleet-token': TOKEN, origin: `http://localhost:${host.port}`, host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses the event stream without the token, with a wrong one, and from a foreign Origin', async () => {
    expect((await send('/api/events', {})).status).toBe(401);
    expect((await send('/api/events?token=wrong', {})).status).toBe(401);
    expect((await send(`/api/events?token=${TOKEN}`, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await send(`/api/events?token=${TOKEN}`, {})).status).toBe(200);
  });

  it('refuses an API call with no token at all, and one whose token only differs in case', async () => {
    expect((await invoke({})).status).toBe(401);
    expect((await invoke({ 'x-storefleet-token': TOKEN.toUpperCase() })).status).toBe(401);
  });

  it('refuses a rebinding Host on the API too, and a Host without the port', async () => {
    expect((await invoke({ 'x-storefleet-token': TOKEN, host: `evil.example:${host.port}` })).status).toBe(421);
    expect((await invoke({ 'x-storefleet-token': TOKEN, host: '127.0.0.1' })).status).toBe(421);
  });
});
