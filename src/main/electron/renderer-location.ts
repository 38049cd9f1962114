import { dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where our renderer lives: the built index.html, or (unpackaged only) the vite dev server. */
export interface RendererLocation {
  /** file:// URL of out/renderer/index.html. */
  readonly indexFileUrl: string;
  /** Origin of the electron-vite dev server, e.g. "http://localhost:5173"; null when packaged. */
  readonly devServerOrigin: string | null;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Compares decoded paths, not URL strings: Chromium and Node may percent-encode unusual
 * characters of an install path differently, and Windows paths are case-insensitive.
 */
function comparableFilePath(url: URL): string | null {
  if (url.protocol !== 'file:') return null;
  try {
    const path = fileURLToPath(url);
    return process.platform === 'win32' ? path.toLowerCase() : path;
  } catch {
    return null;
  }
}

/**
 * Accepts ELECTRON_RENDERER_URL only if it points at a loopback http server: the variable
 * comes from the environment, and must never turn the app into a browser for remote content.
 */
export function parseDevServerOrigin(value: string | undefined): string | null {
  if (!value) return null;
  const url = parseUrl(value);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.origin;
}

export function rendererLocation(indexHtmlPath: string, devServerOrigin: string | null): RendererLocation {
  return { indexFileUrl: pathToFileURL(indexHtmlPath).href, devServerOrigin };
}

/** The URL the window loads. */
export function rendererEntryUrl(location: RendererLocation): string {
  return location.devServerOrigin ? `${location.devServerOrigin}/` : location.indexFileUrl;
}

/**
 * Pages the main process may send the window to (a notification click). A fixed table, never a
 * path from a payload: nothing from outside chooses where the window goes.
 */
const IN_APP_ROUTES = { alerts: '#/alerts' } as const;
export type InAppRoute = keyof typeof IN_APP_ROUTES;

/** Our renderer at one of its pages; only the hash differs, so the hash router switches pages without a reload. */
export function rendererRouteUrl(location: RendererLocation, route: InAppRoute): string {
  return `${rendererEntryUrl(location)}${IN_APP_ROUTES[route]}`;
}

/**
 * True for our renderer's own document: the built index.html (any #route — the app routes by
 * hash), or any page of the dev server. Used for navigation and for the IPC sender check.
 */
export function isRendererUrl(candidate: string, location: RendererLocation): boolean {
  const url = parseUrl(candidate);
  if (!url) return false;
  if (location.devServerOrigin) return url.origin === location.devServerOrigin;
  if (url.search !== '') return false;
  const requested = comparableFilePath(url);
  return requested !== null && requested === comparableFilePath(new URL(location.indexFileUrl));
}

/** Schemes Chromium uses for its own tooling, which never reach the network. */
const INTERNAL_SCHEMES = new Set(['devtools:', 'chrome-extension:', 'data:', 'blob:']);

/**
 * The network filter behind "no remote content": the renderer may load its own files (only
 * those beside index.html, not the rest of the disk), data/blob URLs, devtools, and in
 * development the dev server (http and its HMR websocket). Everything else is cancelled.
 */
export function isAllowedRequestUrl(candidate: string, location: RendererLocation): boolean {
  const url = parseUrl(candidate);
  if (!url) return false;
  if (INTERNAL_SCHEMES.has(url.protocol)) return true;
  if (location.devServerOrigin) {
    const dev = new URL(location.devServerOrigin);
    if ((url.protocol === 'http:' || url.protocol === 'ws:') && url.host === dev.host) return true;
  }
  const requested = comparableFilePath(url);
  const index = comparableFilePath(new URL(location.indexFileUrl));
  if (requested === null || index === null) return false;
  return requested.startsWith(dirname(index) + sep);
}
