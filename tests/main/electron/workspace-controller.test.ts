import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { MainLog } from '../../../src/main/electron/main-log';
import { WorkspaceController, type WorkspaceControllerOptions } from '../../../src/main/electron/workspace-controller';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/temp-workspace';

let dir: string;
let cleanup: () => void;
let controller: WorkspaceController;
let onEvent: Mock<WorkspaceControllerOptions['onEvent']>;
let logged: string[];

function makeController(migrationsDir = MIGRATIONS_DIR): WorkspaceController {
  const log: MainLog = {
    file: join(dir, 'logs', 'main.log'),
    error: (context) => logged.push(context),
    warn: (message) => logged.push(message),
  };
  return new WorkspaceController({
    defaultWorkspace: join(dir, 'userData', 'storefleet.sqlite'),
    stateFile: join(dir, 'userData', 'storefleet-state.json'),
    migrationsDir,
    about: { name: 'Storefleet', version: '0.0.0-test', host: 'electron', runtime: 'test' },
    log,
    onEvent,
  });
}

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  onEvent = vi.fn<WorkspaceControllerOptions['onEvent']>();
  logged = [];
  controller = makeController();
});
afterEach(() => {
  controller.close();
  cleanup();
});

function state(): unknown {
  return JSON.parse(readFileSync(join(dir, 'userData', 'storefleet-state.json'), 'utf8'));
}

describe('the desktop workspace', () => {
  it('starts on the default workspace in userData, creating and migrating it', async () => {
    expect(controller.rememberedFile()).toBe(join(dir, 'userData', 'storefleet.sqlite'));
    expect(controller.open(controller.rememberedFile(), { mustExist: false })).toEqual({ ok: true, file: controller.defaultFile });
    expect(await controller.current?.api.handle('workspace.info', undefined)).toMatchObject({ ok: true, value: { initialised: false } });
    expect(await controller.current?.api.handle('app.about', undefined)).toMatchObject({ ok: true, value: { host: 'electron' } });
  });

  it('remembers another workspace for the next launch, and forgets it on returning to the default', async () => {
    const other = join(dir, 'agency.sqlite');
    expect(controller.open(other, { mustExist: false }).ok).toBe(true);
    expect(state()).toEqual({ lastWorkspace: other });
    expect(makeController().rememberedFile()).toBe(other);

    expect(controller.open(controller.defaultFile, { mustExist: false }).ok).toBe(true);
    expect(state()).toEqual({ lastWorkspace: null });
  });

  it('keeps the current workspace open when another one fails to open, naming the file and the error', async () => {
    controller.open(controller.defaultFile, { mustExist: false });
    const corrupt = join(dir, 'corrupt.sqlite');
    writeFileSync(corrupt, 'this is not a SQLite database, just some text that is long enough '.repeat(20));

    const outcome = controller.open(corrupt, { mustExist: true });

    expect(outcome).toEqual({ ok: false, file: corrupt, reason: 'failed', message: `${corrupt}: this file is not a Storefleet workspace (it is not a SQLite database at all). Nothing was changed.` });
    expect(controller.currentFile).toBe(controller.defaultFile);
    expect((await controller.current?.api.handle('workspace.info', undefined))?.ok).toBe(true);
    expect(logged).toEqual([`Opening workspace ${corrupt} failed`]);
  });

  it('reports a migration failure the same way', async () => {
    const broken = makeController(join(dir, 'no-migrations-here'));
    const outcome = broken.open(join(dir, 'x.sqlite'), { mustExist: false });
    expect(outcome).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('Migrations not found') });
    expect(broken.current).toBeNull();
  });

  it('does not silently create a remembered workspace that has disappeared', async () => {
    const gone = join(dir, 'moved-away.sqlite');
    expect(controller.open(gone, { mustExist: true })).toEqual({ ok: false, file: gone, reason: 'missing' });
    expect(existsSync(gone)).toBe(false);
  });

  it('forwards the events of the open workspace only', async () => {
    controller.open(join(dir, 'first.sqlite'), { mustExist: false });
    const first = controller.current;
    controller.open(join(dir, 'second.sqlite'), { mustExist: false });

    first?.ctx.events.emit('workspace.changed', { entity: 'clients' });
    controller.current?.ctx.events.emit('workspace.changed', { entity: 'stores' });

    expect(onEvent.mock.calls).toEqual([['workspace.changed', { entity: 'stores' }]]);
  });

  it('treats opening the workspace already open as done, without reopening it', async () => {
    controller.open(controller.defaultFile, { mustExist: false });
    const before = controller.current;
    expect(controller.open(controller.defaultFile, { mustExist: true }).ok).toBe(true);
    expect(controller.current).toBe(before);
  });

  it('closes the database on close', async () => {
    controller.open(controller.defaultFile, { mustExist: false });
    const sqlite = controller.current?.ctx.workspace.sqlite;
    controller.close();
    expect(sqlite?.open).toBe(false);
    expect(controller.current).toBeNull();
  });
});
