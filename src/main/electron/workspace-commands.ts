import { dirname } from 'node:path';
import { shell, type BrowserWindow } from 'electron';
import type { WorkspaceMenuActions } from './application-menu';
import type { MainLog } from './main-log';
import { formatText, type MenuTexts } from './menu-locale';
import type { WorkspaceController } from './workspace-controller';
import { chooseNewWorkspace, chooseWorkspaceToOpen, reportOpenFailure } from './workspace-dialogs';

export interface WorkspaceCommandsOptions {
  controller: WorkspaceController;
  texts: MenuTexts;
  log: MainLog;
  /** Where "New Workspace…" proposes to save when no workspace is open. */
  documentsDir: string;
  window(): BrowserWindow | null;
}

function detailWithLog(texts: MenuTexts, log: MainLog): string {
  return formatText(texts.logHint, { file: log.file });
}

/**
 * Opens the workspace of the last session (or the default one) before the window exists.
 * Resolves false when the user would rather quit than work without it.
 */
export async function openInitialWorkspace({ controller, texts, log }: WorkspaceCommandsOptions): Promise<boolean> {
  const remembered = controller.rememberedFile();
  const isDefault = remembered === controller.defaultFile;
  const first = controller.open(remembered, { mustExist: !isDefault });
  if (first.ok) return true;

  const choice = await reportOpenFailure(null, texts, first, {
    offerDefault: !isDefault,
    dismissLabel: texts.quit,
    logHint: detailWithLog(texts, log),
  });
  if (choice !== 'default') return false;

  const fallback = controller.open(controller.defaultFile, { mustExist: false });
  if (fallback.ok) return true;
  await reportOpenFailure(null, texts, fallback, {
    offerDefault: false,
    dismissLabel: texts.quit,
    logHint: detailWithLog(texts, log),
  });
  return false;
}

/** The File menu's workspace commands. After a switch the page reloads to drop stale data. */
export function workspaceMenuActions(options: WorkspaceCommandsOptions): WorkspaceMenuActions {
  const { controller, texts, log } = options;

  function reloadWindow(): void {
    const window = options.window();
    if (window && !window.isDestroyed()) window.webContents.reload();
  }

  async function switchTo(file: string, mustExist: boolean): Promise<void> {
    const outcome = controller.open(file, { mustExist });
    if (outcome.ok) {
      reloadWindow();
      return;
    }
    const window = options.window();
    const choice = await reportOpenFailure(window, texts, outcome, {
      offerDefault: controller.currentFile !== controller.defaultFile,
      dismissLabel: controller.current ? texts.keepCurrentWorkspace : texts.ok,
      logHint: detailWithLog(texts, log),
    });
    if (choice !== 'default') return;
    const fallback = controller.open(controller.defaultFile, { mustExist: false });
    if (fallback.ok) {
      reloadWindow();
      return;
    }
    await reportOpenFailure(window, texts, fallback, {
      offerDefault: false,
      dismissLabel: texts.ok,
      logHint: detailWithLog(texts, log),
    });
  }

  function run(name: string, command: () => Promise<void>): void {
    command().catch((error: unknown) => log.error(`The menu command "${name}" failed`, error));
  }

  return {
    openWorkspace: () =>
      run('open workspace', async () => {
        const file = await chooseWorkspaceToOpen(options.window(), texts, controller.currentFile);
        if (file) await switchTo(file, true);
      }),
    newWorkspace: () =>
      run('new workspace', async () => {
        const current = controller.currentFile;
        const file = await chooseNewWorkspace(options.window(), texts, current ? dirname(current) : options.documentsDir);
        if (file) await switchTo(file, false);
      }),
    revealWorkspace: () => {
      const file = controller.currentFile;
      if (file) shell.showItemInFolder(file);
    },
  };
}
