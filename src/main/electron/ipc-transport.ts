import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { InvokeResult } from '@shared/api/invoke-result';
import { INVOKE_CHANNEL } from '../../preload/ipc-channels';
import type { Api } from '../api/create-api';
import type { MainLog } from './main-log';

export interface InvokeTransportOptions {
  /** The API of the workspace open right now; null while none is (between two workspaces). */
  currentApi(): Api | null;
  /** Decides whether the frame behind an IPC message is our renderer (see sender-verification). */
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
  log: MainLog;
}

// WebFrameMain's getters throw once the frame is disposed (the page navigated or closed while
// the message was in flight); such a sender is refused, not allowed to crash the handler.
function isTrusted(options: InvokeTransportOptions, event: IpcMainInvokeEvent): boolean {
  try {
    return options.isTrustedSender(event);
  } catch {
    return false;
  }
}

function senderOrigin(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.origin || 'no origin';
  } catch {
    return 'frame gone';
  }
}

/**
 * Answers one `storefleet:invoke` message. Always an InvokeResult, never a throw: a throw
 * would reach the renderer as an Error with Electron's own wording and none of our fields.
 */
export async function answerInvoke(
  options: InvokeTransportOptions,
  event: IpcMainInvokeEvent,
  procedure: unknown,
  input: unknown,
): Promise<InvokeResult<unknown>> {
  if (!isTrusted(options, event)) {
    options.log.warn(`Refused ${INVOKE_CHANNEL} from an untrusted frame (${senderOrigin(event)})`);
    return { ok: false, error: { code: 'unauthorized', message: 'This page may not call the Storefleet backend.' } };
  }
  if (typeof procedure !== 'string') {
    return { ok: false, error: { code: 'unknown_procedure', message: 'The procedure name must be a string.' } };
  }
  const api = options.currentApi();
  if (!api) {
    return { ok: false, error: { code: 'unavailable', message: 'No workspace is open.' } };
  }
  try {
    return await api.handle(procedure, input);
  } catch (error) {
    // api.handle promises not to throw; if it ever does, the renderer still gets an answer.
    options.log.error(`${procedure} threw past the API boundary`, error);
    return { ok: false, error: { code: 'internal', message: `${procedure} failed unexpectedly; the details were written to the log.` } };
  }
}

/** Registers the single request channel. Call once, before the window loads. */
export function registerInvokeTransport(ipcMain: IpcMain, options: InvokeTransportOptions): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, procedure: unknown, input: unknown) =>
    answerInvoke(options, event, procedure, input),
  );
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
