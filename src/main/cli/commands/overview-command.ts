import type { Command } from 'commander';
import type { Overview } from '@shared/api/overview-schemas';
import { withBackend } from '../cli-backend';
import type { CliEnvironment } from '../cli-io';
import { printRows, type Column } from '../print-result';
import { workspaceCommand, type WorkspaceOptions } from './common-options';

const atRiskColumns: Column<Overview['atRisk'][number]>[] = [
  { header: 'ID', value: (s) => s.storeId },
  { header: 'STORE', value: (s) => s.displayName },
  { header: 'CLIENT', value: (s) => s.clientName },
  { header: 'HEALTH', value: (s) => s.healthScore },
  { header: 'WORST', value: (s) => s.worstStatus },
  { header: 'BREACHES', value: (s) => s.breaches },
  { header: 'PROJECTED', value: (s) => s.projectedBreaches },
  { header: 'SOONEST', value: (s) => (s.soonestBreachDays === null ? '' : `${s.soonestBreachDays} d`) },
];

const staleColumns: Column<Overview['stale'][number]>[] = [
  { header: 'ID', value: (s) => s.storeId },
  { header: 'STORE', value: (s) => s.displayName },
  { header: 'CLIENT', value: (s) => s.clientName },
  { header: 'LAST DATA', value: (s) => s.lastDataDate },
  { header: 'STALE METRICS', value: (s) => s.staleMetrics },
];

const slaColumns: Column<Overview['slaDueSoon'][number]>[] = [
  { header: 'ID', value: (i) => i.id },
  { header: 'DUE (UTC)', value: (i) => i.dueAt.slice(0, 16).replace('T', ' ') },
  { header: 'CLIENT', value: (i) => i.clientName },
  { header: 'WHAT', value: (i) => i.label },
];

/** Most severe first, the order a reader scans in. */
function counts<K extends string>(record: Record<K, number>, order: readonly K[]): string {
  return order.map((key) => `${key} ${record[key]}`).join(', ');
}

function printOverview(env: CliEnvironment, overview: Overview): void {
  const { io } = env;
  io.stdout(`Stores by worst status: ${counts(overview.storesByStatus, ['breach', 'stale', 'watch', 'ok', 'no_data'])}\n`);
  io.stdout(`Open alerts: ${counts(overview.openAlertsBySeverity, ['critical', 'warning', 'info'])}\n`);
  io.stdout('\nMost at risk (lowest health first)\n');
  printRows(io, overview.atRisk, atRiskColumns, false);
  io.stdout('\nStale data (oldest first)\n');
  printRows(io, overview.stale, staleColumns, false);
  io.stdout('\nSLA items due within 48 hours (soonest first)\n');
  printRows(io, overview.slaDueSoon, slaColumns, false);
}

export function registerOverviewCommand(program: Command, env: CliEnvironment): void {
  workspaceCommand(program, 'overview', 'what needs attention today: stores by status, open alerts, stores most at risk, stale data, SLA items due soon').action(
    (opts: WorkspaceOptions) =>
      withBackend(env, opts.db, ({ api }) => {
        const overview = api.call('overview.get');
        if (opts.json) env.io.stdout(`${JSON.stringify(overview, null, 2)}\n`);
        else printOverview(env, overview);
      }),
  );
}
