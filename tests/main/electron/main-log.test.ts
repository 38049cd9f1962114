import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainLog } from '../../../src/main/electron/main-log';
import { tempDir } from '../../helpers/temp-workspace';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('the main process log', () => {
  it('writes errors with their stack and a timestamp to logs/main.log', () => {
    const log = createMainLog(join(dir, 'logs'), () => new Date('2026-11-20T09:30:00.000Z'));
    log.error('stores.create failed', new Error('disk I/O error'));
    log.warn('Blocked a navigation to https://example.com');
    const text = readFileSync(log.file, 'utf8');
    expect(log.file).toBe(join(dir, 'logs', 'main.log'));
    expect(text).toContain('2026-11-20T09:30:00.000Z ERROR stores.create failed\nError: disk I/O error\n    at ');
    expect(text).toContain('WARN Blocked a navigation to https://example.com');
  });

  it('starts a new file once the log grows past 2 MiB, keeping one previous file', () => {
    const log = createMainLog(dir);
    writeFileSync(log.file, 'x'.repeat(2 * 1024 * 1024 + 1));
    log.warn('fresh');
    expect(readFileSync(log.file, 'utf8')).toMatch(/WARN fresh\n$/);
    expect(existsSync(join(dir, 'main.previous.log'))).toBe(true);
  });
});
