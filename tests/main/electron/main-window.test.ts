import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rendererLocation } from '../../../src/main/electron/renderer-location';

const created: { options: BrowserWindowConstructorOptions; loaded: string[] }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly loaded: string[] = [];
    constructor(options: BrowserWindowConstructorOptions) {
      created.push({ options, loaded: this.loaded });
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

const { createMainWindow } = await import('../../../src/main/electron/main-window');

const log = { file: '/logs/main.log', error: vi.fn(), warn: vi.fn() };

beforeEach(() => {
  created.length = 0;
});

describe('the main window', () => {
  it('is hardened: isolated, sandboxed, no Node, web security on, no webview', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.js',
      location: rendererLocation('/app/out/renderer/index.html', null),
      developerTools: false,
      log,
    });
    const prefs = created[0]?.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('is 1280×800, at least 1024×700, titled Storefleet, and loads the built renderer', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.js',
      location: rendererLocation('/app/out/renderer/index.html', null),
      developerTools: true,
      log,
    });
    expect(created[0]?.options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 700, title: 'Storefleet' });
    expect(created[0]?.loaded).toEqual(['file:///app/out/renderer/index.html']);
  });

  it('loads the dev server in development', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.js',
      location: rendererLocation('/app/out/renderer/index.html', 'http://localhost:5173'),
      developerTools: true,
      log,
    });
    expect(created[0]?.loaded).toEqual(['http://localhost:5173/']);
  });

  it('opens on an in-app page when asked, e.g. the alerts page after a notification click', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.js',
      location: rendererLocation('/app/out/renderer/index.html', null),
      developerTools: false,
      log,
      route: 'alerts',
    });
    expect(created[0]?.loaded).toEqual(['file:///app/out/renderer/index.html#/alerts']);
  });
});
