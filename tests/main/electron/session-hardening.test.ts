import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../src/shared/security/content-security-policy';
import { rendererLocation } from '../../../src/main/electron/renderer-location';
import { hardenSession } from '../../../src/main/electron/session-hardening';

type Handler = (...args: never[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Handler> = {};
  const session = {
    setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
    setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
    setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
    webRequest: {
      onBeforeRequest: (h: Handler) => (handlers.beforeRequest = h),
      onHeadersReceived: (h: Handler) => (handlers.headers = h),
    },
  };
  return { session: session as unknown as Session, handlers: handlers as Record<string, (...args: unknown[]) => unknown> };
}

const indexHtml = join('/opt', 'storefleet', 'out', 'renderer', 'index.html');
const log = { file: '/logs/main.log', error: vi.fn(), warn: vi.fn() };

describe('the session', () => {
  const { session, handlers } = fakeSession();
  hardenSession(session, rendererLocation(indexHtml, null), log);

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    handlers.request?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    for (const permission of ['notifications', 'clipboard-read', 'geolocation']) {
      expect(handlers.check?.({}, permission, 'file://', {})).toBe(false);
    }
    expect(handlers.device?.({})).toBe(false);
  });

  it('cancels requests to the network and lets the renderer files through', () => {
    const decide = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest?.({ url, resourceType: 'script' }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://cdn.example.com/lib.js')).toEqual({ cancel: true });
    expect(decide(pathToFileURL(join('/opt', 'storefleet', 'out', 'renderer', 'assets', 'index.js')).href)).toEqual({
      cancel: false,
    });
  });

  it('sends the Content-Security-Policy header on every response', () => {
    const callback = vi.fn();
    handlers.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy(null)] },
    });
  });
});
