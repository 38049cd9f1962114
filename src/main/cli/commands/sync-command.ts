import type { Command } from 'commander';
import { AppError } from '@shared/api/app-error';
import { openCliBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { parseId, workspaceCommand, type WorkspaceOptions } from './common-options';

interface SyncOptions extends WorkspaceOptions {
  store: number;
  endpoint?: string;
}

export function registerSyncCommand(program: Command, env: CliEnvironment): void {
  workspaceCommand(program, 'sync', 'sync one store from its platform now and print what was imported')
    .requiredOption('--store <id>', 'store id', parseId)
    .option('--endpoint <url>', 'base URL for this run instead of the platform (a proxy or a local test server)')
    .action(async (opts: SyncOptions) => {
      const backend = openCliBackend(env, opts.db, 'cli');
      try {
        if (opts.endpoint !== undefined && !URL.canParse(opts.endpoint)) throw new AppError('invalid_input', `--endpoint ${opts.endpoint} is not a URL`);
        backend.api.call('stores.get', { id: opts.store });
        const outcome = await backend.ctx.sync.syncNow(opts.store, opts.endpoint).outcome;
        if (opts.json) env.io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
        if (!opts.json) {
          const lines = (outcome.summary?.reports ?? []).map((r) => `  ${r}`);
          const head = outcome.ok
            ? `store ${opts.store}: synced, ${outcome.summary.records} records in ${outcome.summary.batches} new batches`
            : `store ${opts.store}: sync failed (${outcome.failure}): ${outcome.message}`;
          (outcome.ok ? env.io.stdout : env.io.stderr)(`${[head, ...lines].join('\n')}\n`);
        }
        if (!outcome.ok) throw new AppError(outcome.failure === 'auth' ? 'unauthorized' : 'unavailable', outcome.message, { reported: true });
      } finally {
        backend.close();
      }
    });
}
