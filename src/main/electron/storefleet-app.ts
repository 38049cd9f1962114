import { app, BrowserWindow, dialog, ipcMain, Menu, session, type IpcMainInvokeEvent } from 'electron';
import type { EventName } from '@shared/api/contract';
import { EVENT_CHANNEL } from '../../preload/ipc-channels';
import { AlertAttention } from './alert-attention';
import { applicationMenuTemplate } from './application-menu';
import { resolveAppPaths, type AppPaths } from './app-paths';
import { registerInvokeTransport } from './ipc-transport';
import { electronPdfPrinter } from './electron-pdf-printer';
import { createMainLog, type MainLog } from './main-log';
import { createMainWindow } from './main-window';
import { formatText, MENU_TEXTS, pickMenuLocale, type MenuLocale, type MenuTexts } from './menu-locale';
import { isRendererUrl, rendererRouteUrl, type InAppRoute } from './renderer-location';
import { isTrustedSenderFrame } from './sender-verification';
import { hardenSession } from './session-hardening';
import { hardenWebContents } from './web-contents-hardening';
import { WorkspaceController } from './workspace-controller';
import { openInitialWorkspace, workspaceMenuActions, type WorkspaceCommandsOptions } from './workspace-commands';

/** The desktop host: one window over one workspace. Holds no business rules. */
class DesktopHost {
  private window: BrowserWindow | null = null;
  private controller: WorkspaceController | null = null;

  constructor(
    private readonly paths: AppPaths,
    private readonly log: MainLog,
  ) {}

  async start(): Promise<void> {
    hardenSession(session.defaultSession, this.paths.renderer, this.log);
    const locale = menuLocale();
    const texts = MENU_TEXTS[locale];
    const attention = new AlertAttention({ texts, locale, log: this.log, showAlerts: () => this.showWindow('alerts') });

    const controller = new WorkspaceController({
      defaultWorkspace: this.paths.defaultWorkspace,
      stateFile: this.paths.stateFile,
      migrationsDir: this.paths.migrationsDir,
      about: { name: 'Storefleet', version: app.getVersion(), host: 'electron', runtime: `Electron ${process.versions.electron}` },
      log: this.log,
      pdfPrinter: electronPdfPrinter(),
      onEvent: (event, payload) => {
        this.forwardEvent(event, payload);
        attention.onEvent(event, payload, controller.current);
      },
      onOpened: (backend) => attention.refreshBadge(backend),
    });
    this.controller = controller;

    registerInvokeTransport(ipcMain, {
      currentApi: () => controller.current?.api ?? null,
      isTrustedSender: (event) => this.isTrustedSender(event),
      log: this.log,
    });

    const commands: WorkspaceCommandsOptions = {
      controller,
      texts,
      log: this.log,
      documentsDir: app.getPath('documents'),
      window: () => this.window,
    };
    if (!(await openInitialWorkspace(commands))) {
      app.quit();
      return;
    }

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenuTemplate({
          texts,
          actions: workspaceMenuActions(commands),
          platform: process.platform,
          developerTools: !app.isPackaged,
        }),
      ),
    );
    this.showWindow();
  }

  /** Shows the window, creating it when there is none (first start, macOS dock click), at `route` if given. */
  showWindow(route?: InAppRoute): void {
    if (!this.controller?.current) return;
    if (this.window && !this.window.isDestroyed()) {
      if (this.window.isMinimized()) this.window.restore();
      if (route) {
        this.window.loadURL(rendererRouteUrl(this.paths.renderer, route)).catch((error: unknown) => this.log.error(`Opening the ${route} page failed`, error));
      }
      this.window.show();
      this.window.focus();
      return;
    }
    const window = createMainWindow({
      preloadPath: this.paths.preloadPath,
      location: this.paths.renderer,
      developerTools: !app.isPackaged,
      log: this.log,
      route,
    });
    window.on('closed', () => {
      if (this.window === window) this.window = null;
    });
    this.window = window;
  }

  shutdown(): void {
    this.controller?.close();
    this.controller = null;
  }

  private isTrustedSender(event: IpcMainInvokeEvent): boolean {
    const window = this.window;
    if (!window || window.isDestroyed() || event.sender.id !== window.webContents.id) return false;
    return isTrustedSenderFrame(event.senderFrame, window.webContents.mainFrame, this.paths.renderer);
  }

  private forwardEvent(event: EventName, payload: unknown): void {
    const window = this.window;
    if (!window || window.isDestroyed()) return;
    const contents = window.webContents;
    if (!isRendererUrl(contents.getURL(), this.paths.renderer)) return;
    contents.send(EVENT_CHANNEL, event, payload);
  }
}

function menuLocale(): MenuLocale {
  // app.getLocale() is only meaningful once the app is ready; English until then.
  return app.isReady() ? pickMenuLocale(app.getLocale()) : 'en-US';
}

function menuTexts(): MenuTexts {
  return MENU_TEXTS[menuLocale()];
}

function failStartup(log: MainLog, error: unknown): void {
  log.error('Start-up failed', error);
  const texts = menuTexts();
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(texts.startupFailedMessage, `${reason}\n\n${formatText(texts.logHint, { file: log.file })}`);
  app.exit(1);
}

export function startStorefleetApp(): void {
  // A second copy would open the same SQLite file and race the first on migrations.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Sandbox every renderer, including any future window that forgets to ask for it.
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId('com.storefleet.app');

  const paths = resolveAppPaths(app);
  const log = createMainLog(paths.logsDir);
  if (process.env['ELECTRON_RENDERER_URL'] && !paths.renderer.devServerOrigin && !app.isPackaged) {
    log.warn('ELECTRON_RENDERER_URL is not a loopback http URL; loading the built renderer instead');
  }
  const host = new DesktopHost(paths, log);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, paths.renderer, log));
  app.on('second-instance', () => host.showWindow());
  app.on('activate', () => host.showWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => host.shutdown());
  app.on('render-process-gone', (_event, _contents, details) =>
    log.warn(`The renderer process is gone (${details.reason}, exit code ${details.exitCode})`),
  );
  app.on('child-process-gone', (_event, details) =>
    log.warn(`A ${details.type} process is gone (${details.reason}, exit code ${details.exitCode})`),
  );

  app
    .whenReady()
    .then(() => host.start())
    .catch((error: unknown) => failStartup(log, error));
}
