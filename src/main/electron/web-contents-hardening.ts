import type { Event, WebContents } from 'electron';
import type { MainLog } from './main-log';
import { isRendererUrl, type RendererLocation } from './renderer-location';

/**
 * Applied to every WebContents the app ever creates (from app 'web-contents-created'), so a
 * window added later cannot forget it: no popups, no webviews, no navigation away from our
 * renderer. The renderer routes by hash, which never triggers these events.
 */
export function hardenWebContents(contents: WebContents, location: RendererLocation, log: MainLog): void {
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`Blocked a window.open to ${originOf(url)}`);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('Blocked a <webview>');
  });

  const guard = (kind: string) => (event: Event, url: string) => {
    if (isRendererUrl(url, location)) return;
    event.preventDefault();
    log.warn(`Blocked ${kind} to ${originOf(url)}`);
  };
  const guardNavigation = guard('a navigation');
  const guardRedirect = guard('a redirect');
  contents.on('will-navigate', (event) => guardNavigation(event, event.url));
  // Also covers subframes, which 'will-navigate' does not.
  contents.on('will-frame-navigate', (event) => guardNavigation(event, event.url));
  contents.on('will-redirect', (event) => guardRedirect(event, event.url));
}

/** Logs where something tried to go without recording paths or query strings. */
function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' ? 'a local file' : parsed.origin;
  } catch {
    return 'an invalid URL';
  }
}
