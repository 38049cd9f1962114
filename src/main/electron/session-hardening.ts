import type { Session } from 'electron';
import { contentSecurityPolicy } from '@shared/security/content-security-policy';
import type { MainLog } from './main-log';
import { isAllowedRequestUrl, type RendererLocation } from './renderer-location';

/**
 * Session-wide rules: the app asks for no browser permission (camera, notifications,
 * clipboard reads, …), loads nothing from the network, and sends its CSP as a header.
 * If a feature ever needs a permission, allow that one permission here, by name.
 */
export function hardenSession(session: Session, location: RendererLocation, log: MainLog): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`Denied the permission request "${permission}"`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, location);
    if (!allowed) log.warn(`Cancelled a ${details.resourceType} request outside the app`);
    callback({ cancel: !allowed });
  });

  const policy = contentSecurityPolicy(location.devServerOrigin);
  session.webRequest.onHeadersReceived((details, callback) => {
    // In practice only the dev server's responses pass here: file:// responses have no headers,
    // which is why index.html carries the same policy as a meta tag.
    const responseHeaders = { ...details.responseHeaders, 'Content-Security-Policy': [policy] };
    callback({ responseHeaders });
  });
}
