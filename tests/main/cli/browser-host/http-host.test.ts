import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../../src/main/cli/browser-host/http-host';
import { openTestBackend, tempDir, type TestBackend } from '../../../helpers/temp-workspace';

const TOKEN = 'test-token-0123456789';
let backend: TestBackend;
let host: BrowserHost;
let cleanup: () => void;

beforeAll(async () => {
  const scratch = tempDir();
  cleanup = scratch.cleanup;
  const renderer = join(scratch.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Storefleet</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(scratch.dir, 'secret.txt'), 'outside the renderer');
  backend = openTestBackend();
  host = await startBrowserHost({ backend, rendererDir: renderer, port: 0, token: TOKEN });
});

afterAll(async () => {
  await host.close();
  backend.dispose();
  cleanup();
});

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const invoke = (body: unknown, token = TOKEN) =>
  send('/api/invoke', { method: 'POST', headers: { 'x-storefleet-token': token, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('browser host', () => {
  it('prints a 127.0.0.1 URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('serves the page only with the token, with a strict CSP', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/?token=wrong')).status).toBe(401);
    const page = await send(`/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Storefleet</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('lets the same browser reload the page through an HttpOnly cookie set with the token', async () => {
    const page = await send(`/?token=${TOKEN}`);
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await send('/', { headers: { cookie } })).status).toBe(200);
    expect((await send('/', { headers: { cookie: 'storefleet_session=guess' } })).status).toBe(401);
  });

  it('serves built assets but nothing outside the renderer folder', async () => {
    expect((await send('/assets/app.js')).status).toBe(200);
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/assets/..%2f..%2fsecret.txt')).status).toBe(404);
  });

  it('answers API calls with the token and refuses them without it', async () => {
    const ok = await invoke({ procedure: 'workspace.info' });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { initialised: false } });
    const denied = await invoke({ procedure: 'workspace.info' }, 'nope');
    expect(denied.status).toBe(401);
    expect(JSON.parse(denied.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a request whose Host header names another site (DNS rebinding)', async () => {
    const reply = await send(`/?token=${TOKEN}`, { headers: { host: `evil.example:${host.port}` } });
    expect(reply.status).toBe(421);
  });

  it('answers malformed JSON and unknown procedures with typed errors', async () => {
    const malformed = await send('/api/invoke', { method: 'POST', headers: { 'x-storefleet-token': TOKEN }, body: '{nope' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await invoke({ procedure: 'vault.dump' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_procedure' } });
  });

  it('pushes backend events to an event stream opened with the token', async () => {
    expect((await send('/api/events?token=bad')).status).toBe(401);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${TOKEN}` }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes(': connected')) backend.ctx.events.emit('workspace.changed', { entity: 'clients' });
          if (text.includes('event: workspace.changed')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('data: {"entity":"clients"}');
  });
});
