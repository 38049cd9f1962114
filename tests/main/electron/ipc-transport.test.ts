import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../src/main/api/create-api';
import { answerInvoke, registerInvokeTransport, type InvokeTransportOptions } from '../../../src/main/electron/ipc-transport';
import type { MainLog } from '../../../src/main/electron/main-log';
import { INVOKE_CHANNEL } from '../../../src/preload/ipc-channels';

function fakeLog(): MainLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    file: '/logs/main.log',
    lines,
    error: (context, error) => lines.push(`ERROR ${context} ${String(error)}`),
    warn: (message) => lines.push(`WARN ${message}`),
  };
}

function fakeApi(handle: Api['handle'] = async () => ({ ok: true, value: 'answer' })): Api {
  return { handle: vi.fn(handle), call: vi.fn() as unknown as Api['call'], exclusive: (work) => Promise.resolve().then(work) };
}

const event = { senderFrame: { origin: 'https://evil.example' } } as unknown as IpcMainInvokeEvent;

function options(overrides: Partial<InvokeTransportOptions> = {}): InvokeTransportOptions & { log: ReturnType<typeof fakeLog> } {
  const api = fakeApi();
  return { currentApi: () => api, isTrustedSender: () => true, ...overrides, log: fakeLog() };
}

describe('the storefleet:invoke transport', () => {
  it('hands a trusted call to the API and returns its InvokeResult untouched', async () => {
    const api = fakeApi(async () => ({ ok: false, error: { code: 'not_found', message: 'Store 9 does not exist' } }));
    const result = await answerInvoke(options({ currentApi: () => api }), event, 'stores.get', { id: 9 });
    expect(api.handle).toHaveBeenCalledWith('stores.get', { id: 9 });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'Store 9 does not exist' } });
  });

  it('refuses a frame that is not our renderer before looking at the call, and logs no input', async () => {
    const api = fakeApi();
    const opts = options({ currentApi: () => api, isTrustedSender: () => false });
    const result = await answerInvoke(opts, event, 'clients.create', { name: 'secret-customer' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(api.handle).not.toHaveBeenCalled();
    expect(opts.log.lines).toEqual(['WARN Refused storefleet:invoke from an untrusted frame (https://evil.example)']);
  });

  it('refuses a sender whose frame is already disposed instead of throwing', async () => {
    const api = fakeApi();
    const gone = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as IpcMainInvokeEvent;
    const opts = options({
      currentApi: () => api,
      isTrustedSender: (e) => e.senderFrame !== null,
    });
    expect(await answerInvoke(opts, gone, 'clients.list', undefined)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(opts.log.lines).toEqual(['WARN Refused storefleet:invoke from an untrusted frame (frame gone)']);
    expect(api.handle).not.toHaveBeenCalled();
  });

  it('refuses a non-string procedure name without reaching the API', async () => {
    const api = fakeApi();
    for (const name of [undefined, 42, { toString: () => 'clients.list' }]) {
      expect(await answerInvoke(options({ currentApi: () => api }), event, name, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_procedure' },
      });
    }
    expect(api.handle).not.toHaveBeenCalled();
  });

  it('answers unavailable while no workspace is open', async () => {
    expect(await answerInvoke(options({ currentApi: () => null }), event, 'clients.list', undefined)).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('still answers, and logs, if the API ever throws past its boundary', async () => {
    const api = fakeApi(() => {
      throw new Error('boom');
    });
    const opts = options({ currentApi: () => api });
    expect(await answerInvoke(opts, event, 'clients.list', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(opts.log.lines[0]).toContain('ERROR clients.list threw past the API boundary Error: boom');
  });

  it('registers exactly one handler, on storefleet:invoke, and can remove it', async () => {
    const handle = vi.fn();
    const removeHandler = vi.fn();
    const ipcMain = { handle, removeHandler } as unknown as IpcMain;
    const remove = registerInvokeTransport(ipcMain, options());
    expect(handle).toHaveBeenCalledOnce();
    expect(handle.mock.calls[0]?.[0]).toBe(INVOKE_CHANNEL);
    const listener = handle.mock.calls[0]?.[1] as (e: IpcMainInvokeEvent, p: unknown, i: unknown) => unknown;
    expect(await listener(event, 'app.about', undefined)).toEqual({ ok: true, value: 'answer' });
    remove();
    expect(removeHandler).toHaveBeenCalledWith(INVOKE_CHANNEL);
  });
});
