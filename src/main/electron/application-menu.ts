import type { MenuItemConstructorOptions } from 'electron';
import type { MenuTexts } from './menu-locale';

export interface WorkspaceMenuActions {
  openWorkspace(): void;
  newWorkspace(): void;
  revealWorkspace(): void;
}

export interface ApplicationMenuOptions {
  texts: MenuTexts;
  actions: WorkspaceMenuActions;
  platform: NodeJS.Platform;
  /** Offers the developer tools (unpackaged builds only). */
  developerTools: boolean;
}

/**
 * The native menu. Every label comes from the locale table: Electron's role defaults are
 * English-only. Edit roles are listed even though the app has its own UI, because on macOS
 * copy and paste shortcuts only work through menu items.
 */
export function applicationMenuTemplate({
  texts,
  actions,
  platform,
  developerTools,
}: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about', label: texts.about },
      { type: 'separator' },
      { role: 'services', label: texts.services },
      { type: 'separator' },
      { role: 'hide', label: texts.hide },
      { role: 'hideOthers', label: texts.hideOthers },
      { role: 'unhide', label: texts.showAll },
      { type: 'separator' },
      { role: 'quit', label: texts.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: texts.fileMenu,
    submenu: [
      { label: texts.openWorkspace, accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
      { label: texts.newWorkspace, accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWorkspace() },
      { label: texts.revealWorkspace, click: () => actions.revealWorkspace() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: texts.quit } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: texts.editMenu,
    submenu: [
      { role: 'undo', label: texts.undo },
      { role: 'redo', label: texts.redo },
      { type: 'separator' },
      { role: 'cut', label: texts.cut },
      { role: 'copy', label: texts.copy },
      { role: 'paste', label: texts.paste },
      { role: 'selectAll', label: texts.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: texts.viewMenu,
    submenu: [
      { role: 'resetZoom', label: texts.resetZoom },
      { role: 'zoomIn', label: texts.zoomIn },
      { role: 'zoomOut', label: texts.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: texts.toggleFullScreen },
      ...(developerTools ? [{ role: 'toggleDevTools', label: texts.toggleDevTools } as const] : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: texts.windowMenu,
    submenu: [
      { role: 'minimize', label: texts.minimize },
      { role: 'close', label: texts.closeWindow },
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu];
}
