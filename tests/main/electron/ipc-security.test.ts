import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerInvoke } from '../../../src/main/electron/ipc-transport';
import { PROCEDURE_NAMES } from '../../../src/shared/api/contract';
import { openTestBackend, type TestBackend } from '../../helpers/temp-workspace';

/** The security review's questions about the IPC layer, asked of the real API behind the transport. */
let backend: TestBackend;
beforeAll(() => {
  backend = openTestBackend();
});
afterAll(() => backend.dispose());

const event = { senderFrame: { origin: 'file://' } } as unknown as IpcMainInvokeEvent;
const log = { file: '/logs/main.log', error: vi.fn(), warn: vi.fn() };

describe('IPC security', () => {
  it('refuses names outside the contract, including ones every object inherits', async () => {
    const trusted = { currentApi: () => backend.api, isTrustedSender: () => true, log };
    for (const name of ['vault.dump', 'clients.drop', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'clients.list ', 'CLIENTS.LIST']) {
      expect(await answerInvoke(trusted, event, name, undefined)).toMatchObject({ ok: false, error: { code: 'unknown_procedure' } });
    }
  });

  it('refuses every procedure of the contract from a foreign sender before the API sees it', async () => {
    const handle = vi.spyOn(backend.api, 'handle');
    const foreign = { currentApi: () => backend.api, isTrustedSender: () => false, log };
    for (const name of PROCEDURE_NAMES) {
      expect(await answerInvoke(foreign, event, name, {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(handle).not.toHaveBeenCalled();
    handle.mockRestore();
  });

  it('has no code that opens external URLs: links cannot leave the app unvalidated', () => {
    // window.open and navigation away are denied (web-contents-hardening); should a feature need
    // shell.openExternal, it must go through one helper that accepts only http(s) URLs, tested here.
    const root = join(__dirname, '../../../src');
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    })(root);
    const callers = files.filter((file) => /openExternal\s*\(/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(callers).toEqual([]);
  });
});
