// Runs in the sandboxed preload, which may only `require('electron')`: every import from
// src/shared here must stay type-only (contract.ts pulls in zod, which a sandbox cannot load).
import type { AppErrorShape } from '@shared/api/app-error';
import type {
  EventName,
  EventPayload,
  ProcedureInput,
  ProcedureName,
  ProcedureOutput,
  StorefleetBridge,
} from '@shared/api/contract';
import type { InvokeResult } from '@shared/api/invoke-result';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The slice of `ipcRenderer` the bridge uses; tests hand in a fake. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/**
 * What `invoke` rejects with. Not an Error: contextBridge rebuilds a rejected Error in the
 * page from its `message` alone (electron_api_context_bridge.cc, `IsNativeError`), so a
 * `code` or `details` copied onto an Error would be lost on the way. A plain object crosses
 * intact; the renderer recognises it with `AppError.is(reason)`.
 */
export interface BridgeRejection extends AppErrorShape {
  name: 'AppError';
}

/**
 * Event names a page may subscribe to. Typed as a record over EventName so that adding an
 * event to the contract fails to compile here until it is allowed (or deliberately not).
 */
const SUBSCRIBABLE_EVENTS: Readonly<Record<EventName, true>> = {
  'workspace.changed': true,
  'alerts.opened': true,
  'job.progress': true,
};

export function isSubscribableEvent(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(SUBSCRIBABLE_EVENTS, name);
}

function rejection(error: AppErrorShape): BridgeRejection {
  const shape: BridgeRejection = { name: 'AppError', code: error.code, message: error.message };
  if (error.details !== undefined) shape.details = error.details;
  return shape;
}

function isInvokeResult(value: unknown): value is InvokeResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; error?: unknown };
  if (candidate.ok === true) return true;
  return candidate.ok === false && typeof candidate.error === 'object' && candidate.error !== null;
}

async function invokeProcedure(ipc: BridgeIpc, procedure: unknown, input: unknown): Promise<unknown> {
  if (typeof procedure !== 'string') {
    throw rejection({ code: 'unknown_procedure', message: `Unknown procedure: ${String(procedure)}` });
  }
  let result: unknown;
  try {
    result = await ipc.invoke(INVOKE_CHANNEL, procedure, input);
  } catch (error) {
    // Only reached when the main process has no handler (still starting, or shutting down).
    const reason = error instanceof Error ? error.message : String(error);
    throw rejection({ code: 'unavailable', message: `${procedure} could not reach the backend: ${reason}` });
  }
  if (!isInvokeResult(result)) {
    throw rejection({ code: 'internal', message: `${procedure} returned a malformed answer` });
  }
  if (result.ok) return result.value;
  throw rejection(result.error);
}

/**
 * Builds the one object the preload exposes as `window.storefleet`: `invoke` and `on`,
 * nothing else — never `ipcRenderer` itself, never the IPC event (it carries `sender`).
 */
export function createStorefleetBridge(ipc: BridgeIpc): StorefleetBridge {
  const handlers = new Map<EventName, Set<(payload: unknown) => void>>();

  // One IPC listener for every subscription, attached while anyone listens: a listener per
  // subscription would trip EventEmitter's leak warning as pages mount.
  const dispatch: IpcListener = (_event, name, payload) => {
    if (!isSubscribableEvent(name)) return;
    for (const handler of [...(handlers.get(name) ?? [])]) {
      try {
        handler(payload);
      } catch (error) {
        console.error(`storefleet: a handler for ${name} threw`, error);
      }
    }
  };

  function subscribe(event: unknown, handler: unknown): () => void {
    if (!isSubscribableEvent(event)) throw new Error(`Unknown event: ${String(event)}`);
    if (typeof handler !== 'function') throw new TypeError(`The handler for ${event} must be a function`);
    const callback = handler as (payload: unknown) => void;
    if (handlers.size === 0) ipc.on(EVENT_CHANNEL, dispatch);
    let forEvent = handlers.get(event);
    if (!forEvent) {
      forEvent = new Set();
      handlers.set(event, forEvent);
    }
    forEvent.add(callback);

    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      const current = handlers.get(event);
      current?.delete(callback);
      if (current?.size === 0) handlers.delete(event);
      if (handlers.size === 0) ipc.removeListener(EVENT_CHANNEL, dispatch);
    };
  }

  return {
    invoke: <P extends ProcedureName>(procedure: P, input?: ProcedureInput<P>) =>
      invokeProcedure(ipc, procedure, input) as Promise<ProcedureOutput<P>>,
    on: <E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void) =>
      subscribe(event, handler),
  };
}
