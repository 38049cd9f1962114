// Drives the real desktop host (src/main/electron/storefleet-app.ts) against a stand-in for the
// `electron` module: the Electron binary cannot run here, but everything around it can.
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeResult } from '../../../src/shared/api/invoke-result';
import { tempDir } from '../../helpers/temp-workspace';

const REPO = resolve(__dirname, '../../..');

interface Frame {
  url: string;
  parent: Frame | null;
  processId: number;
  routingId: number;
  origin: string;
}

const fake = vi.hoisted(() => ({
  userData: '',
  locale: 'ja-JP',
  messageBoxResponses: [] as number[],
  messageBoxes: [] as { message?: string; detail?: string; buttons?: string[] }[],
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  windows: [] as unknown[],
  notifications: [] as unknown[],
  notificationsSupported: true,
  menu: null as unknown,
  app: null as unknown as EventEmitter & { quit: () => void },
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');

  class FakeWebContents extends Emitter {
    id = 7;
    sent: unknown[][] = [];
    reloads = 0;
    mainFrame = { url: '', parent: null, processId: 3, routingId: 1, origin: 'null' };
    send(...args: unknown[]): void {
      this.sent.push(args);
    }
    getURL(): string {
      return this.mainFrame.url;
    }
    reload(): void {
      this.reloads += 1;
    }
    setWindowOpenHandler(): void {}
  }

  class BrowserWindow extends Emitter {
    webContents = new FakeWebContents();
    constructor(readonly options: unknown) {
      super();
      fake.windows.push(this);
      fake.app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    focused = 0;
    focus(): void {
      this.focused += 1;
    }
    restore(): void {}
    show(): void {}
  }

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    enableSandbox: () => {},
    setAppUserModelId: () => {},
    getPath: (name: string) => join(fake.userData, name === 'userData' ? '' : name),
    getAppPath: () => REPO,
    getVersion: () => '0.1.0',
    getLocale: () => fake.locale,
    isReady: () => true,
    whenReady: () => Promise.resolve(),
    quit: vi.fn(),
    exit: vi.fn(),
    setBadgeCount: vi.fn(() => true),
  });
  fake.app = app;

  class Notification extends Emitter {
    static isSupported(): boolean {
      return fake.notificationsSupported;
    }
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      super();
      fake.notifications.push(this);
    }
    show(): void {
      this.shown = true;
    }
  }

  const session = {
    defaultSession: {
      setPermissionRequestHandler: () => {},
      setPermissionCheckHandler: () => {},
      setDevicePermissionHandler: () => {},
      webRequest: { onBeforeRequest: () => {}, onHeadersReceived: () => {} },
    },
  };

  return {
    app,
    BrowserWindow,
    Notification,
    session,
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => fake.handlers.set(channel, handler),
      removeHandler: (channel: string) => fake.handlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (fake.menu = menu),
    },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        fake.messageBoxes.push(args[args.length - 1] as (typeof fake.messageBoxes)[number]);
        return { response: fake.messageBoxResponses.shift() ?? 0, checkboxChecked: false };
      },
      showErrorBox: vi.fn(),
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
    },
    shell: { showItemInFolder: vi.fn() },
  };
});

interface FakeWindow {
  webContents: { id: number; mainFrame: Frame; sent: unknown[][]; reloads: number };
  focused: number;
}

interface FakeNotification extends EventEmitter {
  options: { title: string; body: string };
  shown: boolean;
}

let cleanup: () => void;

async function startApp(): Promise<void> {
  vi.resetModules();
  fake.handlers.clear();
  fake.windows.length = 0;
  fake.notifications.length = 0;
  const { startStorefleetApp } = await import('../../../src/main/electron/storefleet-app');
  startStorefleetApp();
  await vi.waitFor(() => {
    if (fake.windows.length === 0 && vi.mocked(fake.app.quit).mock.calls.length === 0) {
      throw new Error('not started yet');
    }
  });
}

function mainWindow(): FakeWindow {
  return fake.windows[0] as FakeWindow;
}

function invoke(sender: { id: number }, senderFrame: Frame | null, procedure: unknown, input?: unknown): Promise<InvokeResult<unknown>> {
  const handler = fake.handlers.get('storefleet:invoke');
  if (!handler) throw new Error('storefleet:invoke is not registered');
  return handler({ sender, senderFrame }, procedure, input) as Promise<InvokeResult<unknown>>;
}

beforeEach(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  fake.userData = join(temp.dir, 'userData');
  fake.locale = 'ja-JP';
  fake.notificationsSupported = true;
  fake.messageBoxes.length = 0;
  fake.messageBoxResponses.length = 0;
  delete process.env['ELECTRON_RENDERER_URL'];
});

afterEach(() => {
  fake.app?.emit('will-quit');
  fake.app?.removeAllListeners();
  cleanup();
});

describe('the desktop host', () => {
  it('opens the default workspace in userData and shows one window on the built renderer', async () => {
    await startApp();
    expect(existsSync(join(fake.userData, 'storefleet.sqlite'))).toBe(true);
    expect(fake.windows).toHaveLength(1);
    expect(mainWindow().webContents.mainFrame.url).toBe(pathToFileURL(join(REPO, 'out', 'renderer', 'index.html')).href);
  });

  it('answers the renderer over storefleet:invoke with the workspace of the host', async () => {
    await startApp();
    const { webContents } = mainWindow();
    expect(await invoke(webContents, webContents.mainFrame, 'app.about')).toEqual({
      ok: true,
      value: { name: 'Storefleet', version: '0.1.0', host: 'electron', runtime: `Electron ${process.versions.electron}` },
    });
    expect(await invoke(webContents, webContents.mainFrame, 'workspace.info')).toMatchObject({
      ok: true,
      value: { path: join(fake.userData, 'storefleet.sqlite'), initialised: false },
    });
  });

  it('refuses subframes, foreign pages and other web contents', async () => {
    await startApp();
    const { webContents } = mainWindow();
    const own = webContents.mainFrame;
    const refused = { ok: false, error: { code: 'unauthorized' } };
    expect(await invoke(webContents, { ...own, parent: own, routingId: 2 }, 'app.about')).toMatchObject(refused);
    expect(await invoke(webContents, { ...own, url: 'https://example.com/' }, 'app.about')).toMatchObject(refused);
    expect(await invoke({ id: 99 }, own, 'app.about')).toMatchObject(refused);
    expect(await invoke(webContents, null, 'app.about')).toMatchObject(refused);
  });

  it('forwards backend events to the window on storefleet:event', async () => {
    await startApp();
    const { webContents } = mainWindow();
    expect((await invoke(webContents, webContents.mainFrame, 'workspace.initialise', { mode: 'empty' })).ok).toBe(true);
    expect(webContents.sent).toEqual([['storefleet:event', 'workspace.changed', { entity: 'workspace' }]]);
  });

  it('builds the menu in the system language', async () => {
    await startApp();
    const labels = (fake.menu as MenuItemConstructorOptions[]).map((item) => item.label);
    expect(labels).toContain('ファイル');
  });

  it('offers the default workspace when the remembered one is gone, naming the file', async () => {
    const gone = join(fake.userData, '..', 'moved.sqlite');
    mkdirSync(fake.userData, { recursive: true });
    writeFileSync(join(fake.userData, 'storefleet-state.json'), JSON.stringify({ lastWorkspace: gone }));
    fake.locale = 'en-US';
    fake.messageBoxResponses.push(0);

    await startApp();

    expect(fake.messageBoxes[0]).toMatchObject({
      message: `Storefleet could not open the workspace ${gone}.`,
      buttons: ['Open the Default Workspace', 'Quit'],
    });
    expect(fake.windows).toHaveLength(1);
    expect(existsSync(join(fake.userData, 'storefleet.sqlite'))).toBe(true);
  });

  it('quits when the user would rather not open the default workspace', async () => {
    const corrupt = join(fake.userData, '..', 'corrupt.sqlite');
    mkdirSync(fake.userData, { recursive: true });
    writeFileSync(corrupt, 'not a database '.repeat(100));
    writeFileSync(join(fake.userData, 'storefleet-state.json'), JSON.stringify({ lastWorkspace: corrupt }));
    fake.messageBoxResponses.push(1);

    await startApp();

    expect(fake.messageBoxes[0]?.detail).toContain('is not a Storefleet workspace (it is not a SQLite database at all). Nothing was changed.');
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});

describe('asking for attention when breaches open', () => {
  async function call(procedure: string, input?: unknown): Promise<unknown> {
    const { webContents } = mainWindow();
    const result = await invoke(webContents, webContents.mainFrame, procedure, input);
    if (!result.ok) throw new Error(`${procedure} failed: ${result.error.message}`);
    return result.value;
  }

  /** A store whose ODR report is over Amazon's 1% limit: evaluation opens a breach alert. */
  async function importBreach(storeName: string, sellerId: string): Promise<void> {
    const client = (await call('clients.create', { name: `${storeName} client`, language: 'en-US', reportingCurrency: 'USD' })) as { id: number };
    await call('stores.create', { clientId: client.id, displayName: storeName, platform: 'amazon', marketplace: 'US', sellerId, stage: 'mature', status: 'active' });
    const csv = `store,metric,date,value\n${storeName},amazon.odr_mfn,2026-11-19,2%\n`;
    await call('imports.run', { fileName: `${sellerId}.csv`, contentBase64: Buffer.from(csv).toString('base64') });
  }

  const badge = () => vi.mocked((fake.app as unknown as { setBadgeCount: (n: number) => boolean }).setBadgeCount);
  const notifications = () => fake.notifications as FakeNotification[];

  it('shows the open breaches on the badge from start-up on', async () => {
    await startApp();
    expect(badge()).toHaveBeenLastCalledWith(0);
  });

  it('notifies a new breach in the system language and counts it on the badge', async () => {
    await startApp();
    await call('workspace.initialise', { mode: 'empty' });
    await importBreach('Northpeak US', 'A1NP');
    expect(notifications().map((n) => [n.options.title, n.shown])).toEqual([['基準超過: Northpeak US', true]]);
    expect(notifications()[0]?.options.body).toContain('未解決の基準超過は合計 1 件です。');
    expect(badge()).toHaveBeenLastCalledWith(1);
  });

  it('opens the alerts page when the notification is clicked', async () => {
    await startApp();
    await call('workspace.initialise', { mode: 'empty' });
    await importBreach('Northpeak US', 'A1NP');
    const window = mainWindow();
    notifications()[0]!.emit('click');
    expect(window.webContents.mainFrame.url).toBe(`${pathToFileURL(join(REPO, 'out', 'renderer', 'index.html')).href}#/alerts`);
    expect(window.focused).toBeGreaterThan(0);
  });

  it('lowers the badge when a breach is resolved', async () => {
    await startApp();
    await call('workspace.initialise', { mode: 'empty' });
    await importBreach('Northpeak US', 'A1NP');
    const [alert] = (await call('alerts.list', { kind: 'breach' })) as { id: number }[];
    await call('alerts.resolve', { id: alert!.id });
    expect(badge()).toHaveBeenLastCalledWith(0);
  });

  it('keeps the badge but shows no notification where the system has none', async () => {
    fake.notificationsSupported = false;
    await startApp();
    await call('workspace.initialise', { mode: 'empty' });
    await importBreach('Northpeak US', 'A1NP');
    expect(notifications()).toEqual([]);
    expect(badge()).toHaveBeenLastCalledWith(1);
  });
});
