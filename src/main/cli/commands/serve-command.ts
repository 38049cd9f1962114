import { InvalidArgumentError, type Command } from 'commander';
import { openCliBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { startBrowserHost } from '../browser-host/http-host';

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65_535) throw new InvalidArgumentError(`"${value}" is not a port (0–65535).`);
  return n;
}

/** Resolves when the process is asked to stop. */
function untilSignal(): Promise<void> {
  return new Promise((resolveSignal) => {
    process.once('SIGINT', () => resolveSignal());
    process.once('SIGTERM', () => resolveSignal());
  });
}

export function registerServeCommand(program: Command, env: CliEnvironment): void {
  program
    .command('serve')
    .description('serve the Storefleet UI and API to a browser on 127.0.0.1, guarded by a per-launch token')
    .requiredOption('--db <path>', 'workspace SQLite file (created and migrated if missing)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', port, 0)
    .action(async (opts: { db: string; port: number }) => {
      const backend = openCliBackend(env, opts.db, 'browser');
      try {
        const host = await startBrowserHost({ backend, rendererDir: env.rendererDir, port: opts.port });
        env.io.stdout(`Storefleet is serving ${backend.ctx.workspace.path} at ${host.url}\n`);
        backend.warmUp();
        // Connected stores sync on their schedule while the browser host runs.
        backend.ctx.sync.start();
        backend.startDailyBackups();
        await untilSignal();
        await host.close();
      } finally {
        backend.close();
      }
    });
}
