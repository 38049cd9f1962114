import type { StorefleetBridge } from '@shared/api/contract';
import { createElectronBridge } from './electron-bridge';
import { createHttpBridge } from './http-bridge';
import { takeSessionToken } from './session-token';

declare global {
  interface Window {
    /**
     * Set by the Electron preload (src/preload/index.ts); absent in the browser host.
     * `invoke` rejects with a plain AppErrorShape object, because contextBridge rebuilds Error
     * instances from their message alone: test rejections with `AppError.is(reason)`.
     */
    storefleet?: StorefleetBridge;
  }
}

/** Electron when the preload exposed its bridge, otherwise the browser host over HTTP. */
export function createBridge(win: Window): StorefleetBridge {
  if (win.storefleet) return createElectronBridge(win.storefleet);
  return createHttpBridge(takeSessionToken(win.location, win.history, win.sessionStorage));
}
