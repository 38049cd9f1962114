import type { Command } from 'commander';
import type { Client } from '@shared/api/client-schemas';
import type { ClientInput } from '@shared/api/client-schemas';
import { withBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { printObject, printRows, type Column } from '../print-result';
import { parseId, pickGiven, workspaceCommand, type WorkspaceOptions } from './common-options';

const CLIENT_FIELDS = {
  name: 'name',
  contactName: 'contactName',
  email: 'contactEmail',
  language: 'language',
  currency: 'reportingCurrency',
  notes: 'notes',
};

const columns: Column<Client>[] = [
  { header: 'ID', value: (c) => c.id },
  { header: 'NAME', value: (c) => c.name },
  { header: 'LANGUAGE', value: (c) => c.language },
  { header: 'CURRENCY', value: (c) => c.reportingCurrency },
  { header: 'STORES', value: (c) => c.storeCount },
  { header: 'CONTACT', value: (c) => [c.contactName, c.contactEmail].filter(Boolean).join(' ') },
  { header: 'ARCHIVED', value: (c) => (c.archivedAt ? c.archivedAt.slice(0, 10) : '') },
];

function clientFieldOptions(command: Command, required: boolean): Command {
  const nameFlag = '--name <name>';
  return (required ? command.requiredOption(nameFlag, 'client name') : command.option(nameFlag, 'client name'))
    .option('--contact-name <name>', 'contact person')
    .option('--email <address>', 'contact e-mail')
    .option('--language <code>', 'report language: zh-CN, en-US or ja-JP')
    .option('--currency <code>', 'reporting currency (ISO 4217, e.g. CNY, USD, JPY)')
    .option('--notes <text>', 'free notes');
}

function summary(verb: string, client: Client): string {
  return `${verb} client ${client.id}: ${client.name}`;
}

export function registerClientCommands(program: Command, env: CliEnvironment): void {
  const clients = program.command('clients').description('list and manage clients');

  workspaceCommand(clients, 'list', 'list clients')
    .option('--search <text>', 'match name, contact or e-mail')
    .option('--include-archived', 'include archived clients')
    .action((opts: WorkspaceOptions & { search?: string; includeArchived?: boolean }) =>
      withBackend(env, opts.db, ({ api }) => {
        const rows = api.call('clients.list', { search: opts.search, includeArchived: opts.includeArchived });
        printRows(env.io, rows, columns, Boolean(opts.json));
      }),
    );

  clientFieldOptions(workspaceCommand(clients, 'add', 'add a client'), true).action(
    (opts: WorkspaceOptions & Record<string, unknown>) =>
      withBackend(env, opts.db, ({ api }) => {
        const client = api.call('clients.create', pickGiven(opts, CLIENT_FIELDS) as ClientInput);
        printObject(env.io, client, Boolean(opts.json), summary('Added', client));
      }),
  );

  clientFieldOptions(workspaceCommand(clients, 'update', 'change a client'), false)
    .argument('<id>', 'client id', parseId)
    .action((id: number, opts: WorkspaceOptions & Record<string, unknown>) =>
      withBackend(env, opts.db, ({ api }) => {
        const client = api.call('clients.update', { id, patch: pickGiven(opts, CLIENT_FIELDS) });
        printObject(env.io, client, Boolean(opts.json), summary('Updated', client));
      }),
    );

  for (const [verb, procedure, past] of [
    ['archive', 'clients.archive', 'Archived'],
    ['restore', 'clients.restore', 'Restored'],
  ] as const) {
    workspaceCommand(clients, verb, `${verb} a client${verb === 'archive' ? ' and its stores' : ''}`)
      .argument('<id>', 'client id', parseId)
      .action((id: number, opts: WorkspaceOptions) =>
        withBackend(env, opts.db, ({ api }) => {
          const client = api.call(procedure, { id });
          printObject(env.io, client, Boolean(opts.json), summary(past, client));
        }),
      );
  }
}
