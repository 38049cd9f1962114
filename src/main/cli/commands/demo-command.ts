import { InvalidArgumentError, type Command } from 'commander';
import { withBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { printObject } from '../print-result';
import { workspaceCommand, type WorkspaceOptions } from './common-options';

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return Number(value);
}

interface DemoCommandOptions extends WorkspaceOptions {
  clients?: number;
  stores?: number;
  days?: number;
  seed?: number;
  end?: string;
}

export function registerDemoCommand(program: Command, env: CliEnvironment): void {
  workspaceCommand(program, 'demo', 'fill an empty workspace with a deterministic demo portfolio')
    .option('--clients <n>', 'number of clients (default 8)', wholeNumber)
    .option('--stores <n>', 'number of stores (default 24)', wholeNumber)
    .option('--days <n>', 'days of daily snapshots (default 120)', wholeNumber)
    .option('--seed <n>', 'random seed: the same seed and end date give the same data (default 42)', wholeNumber)
    .option('--end <date>', 'last day of data, YYYY-MM-DD (default today)')
    .action((opts: DemoCommandOptions) =>
      withBackend(env, opts.db, ({ api }) => {
        const info = api.call('workspace.initialise', {
          mode: 'demo',
          demo: { clients: opts.clients, stores: opts.stores, days: opts.days, seed: opts.seed, endDate: opts.end },
        });
        printObject(
          env.io,
          info,
          Boolean(opts.json),
          `Demo workspace written to ${info.path}: ${info.clientCount} clients, ${info.storeCount} stores, ${info.snapshotCount} metric snapshots.`,
        );
      }),
    );
}
