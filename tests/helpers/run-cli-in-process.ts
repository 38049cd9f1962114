import { resolve } from 'node:path';
import { runCli } from '../../src/main/cli/run-cli';
import { FIXED_NOW, MIGRATIONS_DIR } from './temp-workspace';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the storefleet CLI in this process with captured output. */
export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    migrationsDir: MIGRATIONS_DIR,
    rendererDir: resolve(__dirname, '../../out/renderer'),
    version: '0.0.0-test',
    now: () => FIXED_NOW,
  });
  return { code, stdout, stderr };
}
