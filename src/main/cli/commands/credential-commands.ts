import type { Command } from 'commander';
import { AppError } from '@shared/api/app-error';
import type { Credential } from '@shared/api/credential-schemas';
import { openCliBackend, withBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { printObject, printRows, type Column } from '../print-result';
import { parseId, workspaceCommand, type WorkspaceOptions } from './common-options';

interface SetOptions extends WorkspaceOptions {
  store: number;
  provider: string;
  name: string;
  label?: string;
  remindOn?: string;
}

const columns: Column<Credential>[] = [
  { header: 'ID', value: (c) => c.id },
  { header: 'STORE', value: (c) => c.storeId },
  { header: 'PROVIDER', value: (c) => c.provider },
  { header: 'NAME', value: (c) => c.name },
  { header: 'LABEL', value: (c) => c.label },
  { header: 'CREATED', value: (c) => c.createdAt.slice(0, 16) },
  { header: 'LAST USED', value: (c) => c.lastUsedAt?.slice(0, 16) },
  { header: 'ROTATED', value: (c) => c.lastRotatedAt?.slice(0, 16) },
  { header: 'REMIND', value: (c) => c.rotationReminderOn },
];

export function registerCredentialCommands(program: Command, env: CliEnvironment): void {
  const credentials = program.command('credentials').description('connection secrets, kept only in the OS keychain');

  workspaceCommand(credentials, 'set', 'store or replace one secret, read from standard input (never an argument)')
    .requiredOption('--store <id>', 'store id', parseId)
    .requiredOption('--provider <provider>', 'amazon or tiktok')
    .requiredOption('--name <name>', 'amazon: client_id, client_secret, refresh_token; tiktok: app_key, app_secret, access_token, refresh_token')
    .option('--label <text>', 'a note to recognise it by (e.g. the app name)')
    .option('--remind-on <date>', 'rotation reminder date, YYYY-MM-DD')
    .action(async (opts: SetOptions) => {
      if (!env.readStdin) throw new AppError('unavailable', 'this host cannot read standard input; pipe the secret into `storefleet credentials set`');
      // One trailing newline comes from `echo` or the terminal; the secret itself is one line.
      const secret = (await env.readStdin()).replace(/\r?\n$/, '');
      if (secret.trim() === '') throw new AppError('invalid_input', 'no secret arrived on standard input; pipe it in, e.g. `storefleet credentials set … < secret.txt`');
      const backend = openCliBackend(env, opts.db, 'cli');
      try {
        const saved = await backend.api.call('credentials.set', {
          storeId: opts.store,
          provider: opts.provider as Credential['provider'],
          name: opts.name as Credential['name'],
          secret,
          label: opts.label,
          rotationReminderOn: opts.remindOn,
        });
        printObject(env.io, saved, Boolean(opts.json), `stored ${saved.provider} ${saved.name} for store ${saved.storeId} in the OS keychain (credential ${saved.id})`);
      } finally {
        backend.close();
      }
    });

  workspaceCommand(credentials, 'list', 'list credentials (never their values)')
    .option('--store <id>', 'only this store', parseId)
    .action((opts: WorkspaceOptions & { store?: number }) =>
      withBackend(env, opts.db, (backend) => printRows(env.io, backend.api.call('credentials.list', { storeId: opts.store }), columns, Boolean(opts.json))),
    );

  workspaceCommand(credentials, 'remove', 'remove a credential from the keychain and the workspace')
    .argument('<id>', 'credential id', parseId)
    .action(async (id: number, opts: WorkspaceOptions) => {
      const backend = openCliBackend(env, opts.db, 'cli');
      try {
        const removed = await backend.api.call('credentials.remove', { id });
        printObject(env.io, removed, Boolean(opts.json), `removed credential ${id}`);
      } finally {
        backend.close();
      }
    });
}
