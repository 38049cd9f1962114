import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import {
  dialog,
  type BrowserWindow,
  type FileFilter,
  type MessageBoxOptions,
  type MessageBoxReturnValue,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { formatText, type MenuTexts } from './menu-locale';
import type { OpenWorkspaceOutcome } from './workspace-controller';

const WORKSPACE_EXTENSIONS = ['sqlite', 'db'];

function filters(texts: MenuTexts): FileFilter[] {
  return [{ name: texts.workspaceFileFilter, extensions: WORKSPACE_EXTENSIONS }];
}

/** Asks for an existing workspace file; null when cancelled. */
export async function chooseWorkspaceToOpen(
  window: BrowserWindow | null,
  texts: MenuTexts,
  currentFile: string | null,
): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: texts.openWorkspaceTitle,
    properties: ['openFile'],
    filters: filters(texts),
    ...(currentFile ? { defaultPath: dirname(currentFile) } : {}),
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/**
 * Asks where to create a workspace; null when cancelled. An existing file is never
 * overwritten — the save panel's "Replace?" would otherwise wipe a whole workspace — so the
 * user is sent to "Open Workspace…" instead.
 */
export async function chooseNewWorkspace(
  window: BrowserWindow | null,
  texts: MenuTexts,
  directory: string,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: texts.newWorkspaceTitle,
    filters: filters(texts),
    defaultPath: join(directory, 'storefleet-workspace.sqlite'),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  const file = extname(result.filePath) ? result.filePath : `${result.filePath}.sqlite`;
  if (existsSync(file)) {
    await showMessage(window, {
      type: 'warning',
      message: formatText(texts.workspaceExistsMessage, { file }),
      detail: texts.workspaceExistsDetail,
      buttons: [texts.ok],
    });
    return null;
  }
  return file;
}

export type OpenFailureChoice = 'default' | 'dismiss';

/**
 * Tells the user which file failed and why, and offers the default workspace. `dismissLabel`
 * names the other way out: keep the current workspace, or quit at launch.
 */
export async function reportOpenFailure(
  window: BrowserWindow | null,
  texts: MenuTexts,
  failure: Extract<OpenWorkspaceOutcome, { ok: false }>,
  { offerDefault, dismissLabel, logHint }: { offerDefault: boolean; dismissLabel: string; logHint: string },
): Promise<OpenFailureChoice> {
  const error = failure.reason === 'missing' ? texts.workspaceMissing : failure.message;
  const detail = formatText(texts.openFailedDetail, { error });
  const buttons = offerDefault ? [texts.useDefaultWorkspace, dismissLabel] : [dismissLabel];
  const { response } = await showMessage(window, {
    type: 'error',
    message: formatText(texts.openFailedMessage, { file: failure.file }),
    detail: failure.reason === 'missing' ? detail : `${detail}\n\n${logHint}`,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  });
  return offerDefault && response === 0 ? 'default' : 'dismiss';
}

export function showMessage(
  window: BrowserWindow | null,
  options: MessageBoxOptions,
): Promise<MessageBoxReturnValue> {
  return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
}
