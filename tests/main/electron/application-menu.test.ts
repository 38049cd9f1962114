import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate, type WorkspaceMenuActions } from '../../../src/main/electron/application-menu';
import { MENU_TEXTS } from '../../../src/main/electron/menu-locale';

const texts = MENU_TEXTS['ja-JP'];

function actions(): WorkspaceMenuActions {
  return { openWorkspace: vi.fn(), newWorkspace: vi.fn(), revealWorkspace: vi.fn() };
}

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function submenuOf(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = menu.find((item) => item.label === label);
  if (!found || !Array.isArray(found.submenu)) throw new Error(`no menu ${label}`);
  return found.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('the application menu', () => {
  it('labels every item from the locale table, never with Electron English defaults', () => {
    const translations = new Set(Object.values(texts));
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const menu = applicationMenuTemplate({ texts, actions: actions(), platform, developerTools: true });
      for (const item of items(menu)) {
        if (item.type === 'separator' || item.role === 'appMenu') continue;
        expect(translations.has(item.label ?? ''), `${platform}: ${item.role ?? item.label}`).toBe(true);
      }
    }
  });

  it('offers the workspace commands in the File menu and runs them', () => {
    const handlers = actions();
    const menu = applicationMenuTemplate({ texts, actions: handlers, platform: 'linux', developerTools: false });
    const file = submenuOf(menu, texts.fileMenu);
    expect(file.map((item) => item.label ?? item.type)).toEqual([
      texts.openWorkspace,
      texts.newWorkspace,
      texts.revealWorkspace,
      'separator',
      texts.quit,
    ]);
    click(file[0]);
    click(file[1]);
    click(file[2]);
    expect(handlers.openWorkspace).toHaveBeenCalledOnce();
    expect(handlers.newWorkspace).toHaveBeenCalledOnce();
    expect(handlers.revealWorkspace).toHaveBeenCalledOnce();
  });

  it('puts Quit in the application menu on macOS, as the platform expects', () => {
    const menu = applicationMenuTemplate({ texts, actions: actions(), platform: 'darwin', developerTools: false });
    expect(menu[0]?.role).toBe('appMenu');
    expect(submenuOf(menu, texts.fileMenu).some((item) => item.role === 'quit')).toBe(false);
    expect(items(menu).filter((item) => item.role === 'quit')).toHaveLength(1);
  });

  it('offers the developer tools only when asked (unpackaged builds)', () => {
    const hasDevTools = (developerTools: boolean) =>
      items(applicationMenuTemplate({ texts, actions: actions(), platform: 'win32', developerTools })).some(
        (item) => item.role === 'toggleDevTools',
      );
    expect(hasDevTools(true)).toBe(true);
    expect(hasDevTools(false)).toBe(false);
  });
});
