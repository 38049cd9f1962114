import { describe, expect, it, vi } from 'vitest';
import { createStorefleetBridge, type BridgeIpc } from '../../src/preload/create-bridge';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../src/preload/ipc-channels';
import { AppError } from '../../src/shared/api/app-error';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(answer: (...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: null })) {
  const listeners = new Set<Listener>();
  const ipc = {
    invoke: vi.fn(answer),
    on: vi.fn((_channel: string, listener: Listener) => listeners.add(listener)),
    removeListener: vi.fn((_channel: string, listener: Listener) => listeners.delete(listener)),
  } satisfies BridgeIpc;
  const emit = (name: unknown, payload: unknown) => {
    for (const listener of [...listeners]) listener({ sender: 'ipc event, never handed to the page' }, name, payload);
  };
  return { ipc, listeners, emit };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (reason) {
    return reason;
  }
  throw new Error('expected a rejection');
}

describe('window.storefleet', () => {
  it('exposes exactly invoke and on', () => {
    expect(Object.keys(createStorefleetBridge(fakeIpc().ipc)).sort()).toEqual(['invoke', 'on']);
  });

  it('sends a call over storefleet:invoke and resolves with the value of an ok result', async () => {
    const { ipc } = fakeIpc(async () => ({ ok: true, value: [{ id: 1, name: 'Acme' }] }));
    const bridge = createStorefleetBridge(ipc);
    await expect(bridge.invoke('clients.list', { search: 'ac' })).resolves.toEqual([{ id: 1, name: 'Acme' }]);
    expect(ipc.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'clients.list', { search: 'ac' });
  });

  it('rejects with a plain AppError shape that keeps code and details across contextBridge', async () => {
    const issues = [{ field: 'name', code: 'required', message: 'Required' }];
    const { ipc } = fakeIpc(async () => ({
      ok: false,
      error: { code: 'invalid_input', message: 'Invalid input for clients.create: name: Required', details: { issues } },
    }));
    const reason = await rejectionOf(createStorefleetBridge(ipc).invoke('clients.create', { name: '' } as never));
    // contextBridge rebuilds Errors from their message alone; a plain object survives intact.
    expect(reason).not.toBeInstanceOf(Error);
    expect(Object.getPrototypeOf(reason)).toBe(Object.prototype);
    expect(reason).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      message: 'Invalid input for clients.create: name: Required',
      details: { issues },
    });
    expect(AppError.is(reason)).toBe(true);
  });

  it('refuses a non-string procedure without sending anything', async () => {
    const { ipc } = fakeIpc();
    const reason = await rejectionOf(createStorefleetBridge(ipc).invoke(42 as never));
    expect(reason).toMatchObject({ code: 'unknown_procedure' });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('turns a missing main-process handler into unavailable, and a malformed answer into internal', async () => {
    const missing = fakeIpc(async () => {
      throw new Error("No handler registered for 'storefleet:invoke'");
    });
    await expect(rejectionOf(createStorefleetBridge(missing.ipc).invoke('app.about'))).resolves.toMatchObject({
      code: 'unavailable',
    });
    const malformed = fakeIpc(async () => 'surprise');
    await expect(rejectionOf(createStorefleetBridge(malformed.ipc).invoke('app.about'))).resolves.toMatchObject({
      code: 'internal',
    });
  });

  it('delivers only the subscribed event, with its payload and without the IPC event', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createStorefleetBridge(ipc);
    const changed = vi.fn();
    bridge.on('workspace.changed', changed);

    emit('job.progress', { jobId: 'j', done: 1, total: 2, label: 'x' });
    emit('workspace.changed', { entity: 'stores' });

    expect(changed.mock.calls).toEqual([[{ entity: 'stores' }]]);
    expect(ipc.on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));
  });

  it('refuses event names outside the contract and handlers that are not functions', () => {
    const bridge = createStorefleetBridge(fakeIpc().ipc);
    expect(() => bridge.on('ipc.raw' as never, () => {})).toThrow('Unknown event: ipc.raw');
    expect(() => bridge.on('workspace.changed', 'alert(1)' as never)).toThrow(TypeError);
  });

  it('shares one IPC listener between subscriptions and drops it after the last unsubscribe', () => {
    const { ipc, listeners, emit } = fakeIpc();
    const bridge = createStorefleetBridge(ipc);
    const a = vi.fn();
    const b = vi.fn();
    const stopA = bridge.on('workspace.changed', a);
    const stopB = bridge.on('job.progress', b);
    expect(listeners.size).toBe(1);

    stopA();
    stopA();
    emit('workspace.changed', { entity: 'clients' });
    expect(a).not.toHaveBeenCalled();
    expect(listeners.size).toBe(1);

    stopB();
    expect(listeners.size).toBe(0);
    expect(ipc.removeListener).toHaveBeenCalledOnce();
  });

  it('keeps delivering to other handlers when one throws', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createStorefleetBridge(ipc);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    bridge.on('workspace.changed', () => {
      throw new Error('page bug');
    });
    bridge.on('workspace.changed', after);
    emit('workspace.changed', { entity: 'clients' });
    expect(after).toHaveBeenCalledOnce();
    expect(consoleError).toHaveBeenCalledOnce();
    consoleError.mockRestore();
  });
});
