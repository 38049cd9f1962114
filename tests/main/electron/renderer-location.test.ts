import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isAllowedRequestUrl,
  isRendererUrl,
  parseDevServerOrigin,
  rendererEntryUrl,
  rendererLocation,
  rendererRouteUrl,
} from '../../../src/main/electron/renderer-location';

const appDir = join('/opt', 'Storefleet app', 'resources', 'app.asar', 'out');
const indexHtml = join(appDir, 'renderer', 'index.html');
const packaged = rendererLocation(indexHtml, null);
const dev = rendererLocation(indexHtml, 'http://localhost:5173');
const indexUrl = pathToFileURL(indexHtml).href;

describe('the dev server URL from ELECTRON_RENDERER_URL', () => {
  it('is accepted only on loopback http, so the environment cannot point the app at the internet', () => {
    expect(parseDevServerOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(parseDevServerOrigin('http://127.0.0.1:5174/')).toBe('http://127.0.0.1:5174');
    expect(parseDevServerOrigin('http://[::1]:5173')).toBe('http://[::1]:5173');
    expect(parseDevServerOrigin('https://evil.example')).toBeNull();
    expect(parseDevServerOrigin('http://localhost.evil.example:5173')).toBeNull();
    expect(parseDevServerOrigin('file:///etc/passwd')).toBeNull();
    expect(parseDevServerOrigin('not a url')).toBeNull();
    expect(parseDevServerOrigin(undefined)).toBeNull();
  });
});

describe('our renderer URL', () => {
  it('loads the built index.html when packaged and the dev server in development', () => {
    expect(rendererEntryUrl(packaged)).toBe(indexUrl);
    expect(rendererEntryUrl(dev)).toBe('http://localhost:5173/');
  });

  it('sends the window to a fixed in-app page by changing only the hash', () => {
    expect(rendererRouteUrl(packaged, 'alerts')).toBe(`${indexUrl}#/alerts`);
    expect(rendererRouteUrl(dev, 'alerts')).toBe('http://localhost:5173/#/alerts');
    expect(isRendererUrl(rendererRouteUrl(packaged, 'alerts'), packaged)).toBe(true);
  });

  it('accepts the built index.html with any hash route, since the app routes by hash', () => {
    expect(isRendererUrl(indexUrl, packaged)).toBe(true);
    expect(isRendererUrl(`${indexUrl}#/stores/12`, packaged)).toBe(true);
  });

  it('compares decoded paths, so differently escaped install paths still match', () => {
    const escapedDifferently = indexUrl.replace('resources', 'r%65sources');
    expect(escapedDifferently).not.toBe(indexUrl);
    expect(isRendererUrl(escapedDifferently, packaged)).toBe(true);
  });

  it('refuses other local files, query strings and every remote page', () => {
    expect(isRendererUrl(pathToFileURL(join(appDir, 'renderer', 'other.html')).href, packaged)).toBe(false);
    expect(isRendererUrl(pathToFileURL('/tmp/index.html').href, packaged)).toBe(false);
    expect(isRendererUrl(`${indexUrl}?x=1`, packaged)).toBe(false);
    expect(isRendererUrl('https://example.com/', packaged)).toBe(false);
    expect(isRendererUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isRendererUrl('', packaged)).toBe(false);
  });

  it('accepts only the dev server origin in development', () => {
    expect(isRendererUrl('http://localhost:5173/#/alerts', dev)).toBe(true);
    expect(isRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isRendererUrl(indexUrl, dev)).toBe(false);
  });
});

describe('the request filter behind "no remote content"', () => {
  it('lets the renderer load its own assets, data and blob URLs and devtools', () => {
    expect(isAllowedRequestUrl(indexUrl, packaged)).toBe(true);
    expect(isAllowedRequestUrl(pathToFileURL(join(appDir, 'renderer', 'assets', 'index.js')).href, packaged)).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', packaged)).toBe(true);
    expect(isAllowedRequestUrl('blob:file:///1234', packaged)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html', packaged)).toBe(true);
  });

  it('cancels the network and files outside the renderer folder', () => {
    expect(isAllowedRequestUrl('https://fonts.example.com/font.woff2', packaged)).toBe(false);
    expect(isAllowedRequestUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isAllowedRequestUrl(pathToFileURL('/etc/passwd').href, packaged)).toBe(false);
    expect(isAllowedRequestUrl(pathToFileURL(join(appDir, 'main', 'index.js')).href, packaged)).toBe(false);
    expect(isAllowedRequestUrl(`${pathToFileURL(join(appDir, 'renderer')).href}/../../../../etc/passwd`, packaged)).toBe(false);
  });

  it('allows the dev server and its HMR websocket in development only', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:9999/', dev)).toBe(false);
    expect(isAllowedRequestUrl('https://localhost:5173/', dev)).toBe(false);
  });
});
