import { InvalidArgumentError, Option, type Command } from 'commander';
import { ALERT_LIST_STATUSES, ALERT_SEVERITIES, type Alert, type AlertSeverity } from '@shared/api/alert-schemas';
import type { MatrixRow } from '@shared/api/kpi-schemas';
import type { Snapshot } from '@shared/api/snapshot-schemas';
import { PLATFORMS, type Platform } from '@shared/domain/stores';
import { withBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { printRows, type Column } from '../print-result';
import { parseId, workspaceCommand, type WorkspaceOptions } from './common-options';
import { registerKpiExportCommand } from './kpi-export-command';

const matrixColumns: Column<MatrixRow>[] = [
  { header: 'ID', value: (r) => r.storeId },
  { header: 'STORE', value: (r) => r.displayName },
  { header: 'CLIENT', value: (r) => r.clientName },
  { header: 'HEALTH', value: (r) => r.healthScore },
  { header: 'WORST', value: (r) => r.worstStatus },
  { header: 'BREACHES', value: (r) => r.cells.filter((c) => c.matters && c.status === 'breach').map((c) => c.metricKey).join(' ') },
];

const alertColumns: Column<Alert>[] = [
  { header: 'ID', value: (a) => a.id },
  { header: 'SEVERITY', value: (a) => a.severity },
  { header: 'KIND', value: (a) => a.kind },
  { header: 'STORE', value: (a) => a.storeName },
  { header: 'METRIC', value: (a) => a.metricKey },
  { header: 'VALUE', value: (a) => a.value },
  { header: 'DATA DATE', value: (a) => a.dataDate },
  { header: 'STATUS', value: (a) => a.status },
  { header: 'ASSIGNEE', value: (a) => a.assignee },
];

const snapshotColumns: Column<Snapshot>[] = [
  { header: 'FROM', value: (s) => s.windowFrom },
  { header: 'TO', value: (s) => s.windowTo },
  { header: 'VALUE', value: (s) => s.value ?? (s.amountMinor !== null ? `${s.amountMinor} ${s.currency} (minor units)` : '') },
  { header: 'NUM/DEN', value: (s) => (s.denominator !== null ? `${s.numerator}/${s.denominator}` : '') },
  { header: 'PLATFORM', value: (s) => [s.platformStatus, s.platformTarget !== null ? `${s.platformTargetCondition} ${s.platformTarget}` : ''].filter(Boolean).join(' ') },
  { header: 'SOURCE', value: (s) => `${s.source} #${s.importBatchId}` },
];

/** Commander checks --status and --severity against their choices before the action runs. */
interface AlertListOptions {
  status?: (typeof ALERT_LIST_STATUSES)[number];
  store?: number;
  client?: number;
  metric?: string;
  severity?: AlertSeverity;
  assignee?: string;
}

function platform(value: string): Platform {
  if (!(PLATFORMS as readonly string[]).includes(value)) throw new InvalidArgumentError(`"${value}" is not one of ${PLATFORMS.join(', ')}.`);
  return value as Platform;
}

export function registerKpiCommands(program: Command, env: CliEnvironment): void {
  workspaceCommand(program, 'matrix', 'every store × metric: latest value, as-of date, status, threshold used, trend')
    .option('--client <id>', 'only stores of this client', parseId)
    .option('--platform <platform>', 'only stores on this platform', platform)
    .action((opts: WorkspaceOptions & { client?: number; platform?: Platform }) =>
      withBackend(env, opts.db, ({ api }) =>
        printRows(env.io, api.call('matrix.get', { clientId: opts.client, platform: opts.platform }), matrixColumns, Boolean(opts.json)),
      ),
    );

  workspaceCommand(program, 'alerts', 'list alerts, most severe and oldest first')
    .addOption(new Option('--status <status>', 'open (default; acknowledged ones included), acknowledged, resolved or all').choices(ALERT_LIST_STATUSES))
    .option('--store <id>', 'only this store', parseId)
    .option('--client <id>', 'only stores of this client', parseId)
    .option('--metric <key>', 'only this metric, e.g. amazon.odr_mfn')
    .addOption(new Option('--severity <severity>', 'only this severity').choices(ALERT_SEVERITIES))
    .option('--assignee <name>', 'only alerts assigned to this person ("" for nobody)')
    .action((opts: WorkspaceOptions & AlertListOptions) =>
      withBackend(env, opts.db, ({ api }) => {
        const rows = api.call('alerts.list', {
          status: opts.status,
          storeId: opts.store,
          clientId: opts.client,
          metricKey: opts.metric,
          severity: opts.severity,
          assignee: opts.assignee,
        });
        printRows(env.io, rows, alertColumns, Boolean(opts.json));
      }),
    );

  workspaceCommand(program, 'snapshots', "a store's history of one metric, oldest first")
    .requiredOption('--store <id>', 'store id', parseId)
    .requiredOption('--metric <key>', 'metric key from the catalog, e.g. amazon.odr_mfn')
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .action((opts: WorkspaceOptions & { store: number; metric: string; from?: string; to?: string }) =>
      withBackend(env, opts.db, ({ api }) => {
        const rows = api.call('snapshots.list', { storeId: opts.store, metricKey: opts.metric, from: opts.from, to: opts.to });
        printRows(env.io, rows, snapshotColumns, Boolean(opts.json));
      }),
    );

  registerKpiExportCommand(program, env);

  workspaceCommand(program, 'evaluate', 're-evaluate every store now (statuses, stale data, alerts)').action((opts: WorkspaceOptions) =>
    withBackend(env, opts.db, ({ api }) => {
      const result = api.call('evaluation.run');
      env.io.stdout(opts.json ? `${JSON.stringify(result)}\n` : `Evaluated ${result.metrics} metrics of ${result.stores} stores.\n`);
    }),
  );
}
