import type { Command } from 'commander';
import type { Store, StoreInput } from '@shared/api/store-schemas';
import { withBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { printObject, printRows, type Column } from '../print-result';
import { parseId, pickGiven, workspaceCommand, type WorkspaceOptions } from './common-options';

const STORE_FIELDS = {
  client: 'clientId',
  name: 'displayName',
  platform: 'platform',
  marketplace: 'marketplace',
  sellerId: 'sellerId',
  currency: 'currency',
  timeZone: 'timeZone',
  stage: 'stage',
  category: 'category',
  manager: 'accountManager',
  status: 'status',
};

const columns: Column<Store>[] = [
  { header: 'ID', value: (s) => s.id },
  { header: 'STORE', value: (s) => s.displayName },
  { header: 'CLIENT', value: (s) => s.clientName },
  { header: 'PLATFORM', value: (s) => s.platform },
  { header: 'MARKET', value: (s) => s.marketplace },
  { header: 'SELLER ID', value: (s) => s.sellerId },
  { header: 'STAGE', value: (s) => s.stage },
  { header: 'STATUS', value: (s) => s.status },
  { header: 'MANAGER', value: (s) => s.accountManager },
  { header: 'ARCHIVED', value: (s) => (s.archivedAt ? s.archivedAt.slice(0, 10) : '') },
];

function storeFieldOptions(command: Command, adding: boolean): Command {
  const flag = (spec: string, description: string) =>
    adding ? command.requiredOption(spec, description) : command.option(spec, description);
  flag('--client <id>', 'owning client id');
  flag('--name <name>', 'display name');
  flag('--platform <platform>', 'amazon, tiktok_shop, shopify or other');
  flag('--marketplace <country>', 'marketplace as ISO country code (US, JP, GB, DE …)');
  flag('--seller-id <id>', 'seller or shop id on the platform');
  return command
    .option('--currency <code>', 'store currency (default: the marketplace currency)')
    .option('--time-zone <zone>', 'IANA time zone (default: the marketplace zone)')
    .option('--stage <stage>', 'cold_start, growth or mature', adding ? 'growth' : undefined)
    .option('--category <text>', 'main product category')
    .option('--manager <name>', 'account manager')
    .option('--status <status>', 'active, at_risk, suspended or closed', adding ? 'active' : undefined);
}

/** --client arrives as text; the API validates it as a number and names it when wrong. */
function storeValues(opts: Record<string, unknown>): Record<string, unknown> {
  const values = pickGiven(opts, STORE_FIELDS);
  if (typeof values.clientId === 'string' && /^\d+$/.test(values.clientId)) values.clientId = Number(values.clientId);
  return values;
}

function summary(verb: string, store: Store): string {
  return `${verb} store ${store.id}: ${store.displayName} (${store.platform} ${store.marketplace}, client ${store.clientName})`;
}

export function registerStoreCommands(program: Command, env: CliEnvironment): void {
  const stores = program.command('stores').description('list and manage stores');

  workspaceCommand(stores, 'list', 'list stores')
    .option('--client <id>', 'only stores of this client', parseId)
    .option('--search <text>', 'match name, seller id, client, category or manager')
    .option('--include-archived', 'include archived stores')
    .action((opts: WorkspaceOptions & { client?: number; search?: string; includeArchived?: boolean }) =>
      withBackend(env, opts.db, ({ api }) => {
        const rows = api.call('stores.list', {
          clientId: opts.client,
          search: opts.search,
          includeArchived: opts.includeArchived,
        });
        printRows(env.io, rows, columns, Boolean(opts.json));
      }),
    );

  storeFieldOptions(workspaceCommand(stores, 'add', 'add a store to a client'), true).action(
    (opts: WorkspaceOptions & Record<string, unknown>) =>
      withBackend(env, opts.db, ({ api }) => {
        const store = api.call('stores.create', storeValues(opts) as StoreInput);
        printObject(env.io, store, Boolean(opts.json), summary('Added', store));
      }),
  );

  storeFieldOptions(workspaceCommand(stores, 'update', 'change a store'), false)
    .argument('<id>', 'store id', parseId)
    .action((id: number, opts: WorkspaceOptions & Record<string, unknown>) =>
      withBackend(env, opts.db, ({ api }) => {
        const store = api.call('stores.update', { id, patch: storeValues(opts) });
        printObject(env.io, store, Boolean(opts.json), summary('Updated', store));
      }),
    );

  for (const [verb, procedure, past] of [
    ['archive', 'stores.archive', 'Archived'],
    ['restore', 'stores.restore', 'Restored'],
  ] as const) {
    workspaceCommand(stores, verb, `${verb} a store`)
      .argument('<id>', 'store id', parseId)
      .action((id: number, opts: WorkspaceOptions) =>
        withBackend(env, opts.db, ({ api }) => {
          const store = api.call(procedure, { id });
          printObject(env.io, store, Boolean(opts.json), summary(past, store));
        }),
      );
  }
}
