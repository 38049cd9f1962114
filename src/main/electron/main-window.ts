import { BrowserWindow } from 'electron';
import type { MainLog } from './main-log';
import { rendererEntryUrl, rendererRouteUrl, type InAppRoute, type RendererLocation } from './renderer-location';

export interface MainWindowOptions {
  preloadPath: string;
  location: RendererLocation;
  /** Developer tools only in unpackaged builds. */
  developerTools: boolean;
  log: MainLog;
  /** The page to open on; the renderer's default one when absent. */
  route?: InAppRoute;
}

/**
 * The one window. Every security-relevant preference is spelled out even where it matches
 * Electron's default, so a reader (and electronegativity) sees the whole policy here.
 */
export function createMainWindow({ preloadPath, location, developerTools, log, route }: MainWindowOptions): BrowserWindow {
  // Electronegativity suppressions only count on the line it reports, hence the long lines.
  const window = new BrowserWindow({ /* eng-disable AUXCLICK_JS_CHECK -- a middle-click popup goes through setWindowOpenHandler, which denies every window (web-contents-hardening.ts) */
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: 'Storefleet',
    show: false,
    webPreferences: {
      preload: preloadPath, /* eng-disable PRELOAD_JS_CHECK -- our own bundled preload, exposing only invoke/on through contextBridge */
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: developerTools,
    },
  });

  window.once('ready-to-show', () => window.show());
  window.loadURL(route ? rendererRouteUrl(location, route) : rendererEntryUrl(location)).catch((error: unknown) => {
    log.error('Loading the renderer failed', error);
    // Never leave a running app without a window to close.
    if (!window.isDestroyed()) window.show();
  });
  return window;
}
