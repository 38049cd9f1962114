import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkspaceState, writeWorkspaceState } from '../../../src/main/electron/workspace-state';
import { tempDir } from '../../helpers/temp-workspace';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('the remembered workspace', () => {
  it('round-trips through storefleet-state.json, creating its folder', () => {
    const file = join(dir, 'nested', 'storefleet-state.json');
    writeWorkspaceState(file, { lastWorkspace: join(dir, 'agency.sqlite') });
    expect(readWorkspaceState(file)).toEqual({ lastWorkspace: join(dir, 'agency.sqlite') });
  });

  it('is empty on first launch', () => {
    expect(readWorkspaceState(join(dir, 'missing.json'))).toEqual({ lastWorkspace: null });
  });

  it('is empty, not fatal, when the file is damaged', () => {
    const file = join(dir, 'storefleet-state.json');
    for (const content of ['{not json', 'null', '[]', '{"lastWorkspace": 42}', '{"lastWorkspace": "relative.sqlite"}']) {
      writeFileSync(file, content);
      expect(readWorkspaceState(file), content).toEqual({ lastWorkspace: null });
    }
  });
});
