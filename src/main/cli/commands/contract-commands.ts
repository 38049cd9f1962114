import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Contract } from '@shared/api/agency-contract-schemas';
import type { FeeStatement } from '@shared/api/fee-schemas';
import type { SlaCompliance, SlaItem } from '@shared/api/sla-schemas';
import { MONTH_PATTERN, SLA_ITEM_STATUSES, type SlaItemStatus } from '@shared/domain/agency-contracts';
import { formatBps, formatMinor } from '../../core/fees/fee-maths';
import { withBackend } from '../cli-backend';
import type { CliEnvironment, CliIo } from '../cli-io';
import { printRows, type Column } from '../print-result';
import { parseId, workspaceCommand, type WorkspaceOptions } from './common-options';

function month(value: string): string {
  if (!MONTH_PATTERN.test(value)) throw new InvalidArgumentError(`"${value}" is not a month like 2026-11.`);
  return value;
}

const contractColumns: Column<Contract>[] = [
  { header: 'ID', value: (c) => c.id },
  { header: 'CLIENT', value: (c) => c.clientName },
  { header: 'NAME', value: (c) => c.name },
  { header: 'TIER', value: (c) => c.tier },
  { header: 'PERIOD', value: (c) => `${c.startDate} – ${c.endDate ?? 'open-ended'}` },
  { header: 'STATE', value: (c) => c.lifecycle },
  { header: 'BASE FEE', value: (c) => formatMinor(c.baseFeeMinor, c.currency) },
  { header: 'COMMISSION', value: (c) => formatBps(c.commissionBps) },
  { header: 'STORES', value: (c) => c.stores.length },
  { header: 'SLA TERMS', value: (c) => c.slaTerms.map((t) => (t.kind === 'monthly_review' ? `review by day ${t.dayOfMonth}` : `${t.kind} ${t.hours} h ${t.clock}`)).join(', ') },
];

function source(item: SlaItem): string {
  switch (item.sourceType) {
    case 'alert':
      return `alert #${item.alertId} ${item.metricKey ?? ''}`.trim();
    case 'poa_case':
      return `POA case #${item.poaCaseId}`;
    case 'month':
      return `month ${item.month}`;
    case 'request':
      return `"${item.title}"`;
  }
}

const slaColumns: Column<SlaItem>[] = [
  { header: 'ID', value: (i) => i.id },
  { header: 'CLIENT', value: (i) => i.clientName },
  { header: 'KIND', value: (i) => i.kind },
  { header: 'STORE', value: (i) => i.storeName },
  { header: 'SOURCE', value: source },
  { header: 'DUE (UTC)', value: (i) => i.dueAt.slice(0, 16).replace('T', ' ') },
  { header: 'STATUS', value: (i) => i.status },
  { header: 'URGENCY', value: (i) => i.urgency },
];

function complianceLine(compliance: SlaCompliance): string {
  const rate = compliance.rate === null ? 'nothing due yet' : `${Math.round(compliance.rate * 1000) / 10} % met on time`;
  return `Compliance ${compliance.month}: ${compliance.met} met, ${compliance.breached} breached, ${compliance.waived} waived, ${compliance.pending} pending: ${rate}\n`;
}

function printStatement(io: CliIo, statement: FeeStatement): void {
  io.stdout(`Fee statement for ${statement.clientName}, ${statement.month} (a preview, nothing is recorded)\n`);
  for (const warning of statement.warnings) io.stdout(`  ! ${warning.message}\n`);
  for (const section of statement.sections) {
    io.stdout(`\nContract #${section.contractId} ${section.contractName} (${section.currency}), ${section.daysCovered} of ${section.daysInMonth} days\n`);
    for (const line of section.lines) {
      io.stdout(`  ${formatMinor(line.amountMinor, section.currency).padStart(18)}  ${line.description}\n`);
      for (const warning of line.warnings) io.stdout(`  ${''.padStart(18)}  ! ${warning.message}\n`);
    }
    io.stdout(`  ${formatMinor(section.subtotalMinor, section.currency).padStart(18)}  Subtotal${section.complete ? '' : ' (incomplete: see the warnings)'}\n`);
  }
  for (const total of statement.totals) io.stdout(`\nTotal ${formatMinor(total.amountMinor, total.currency)}\n`);
}

export function registerContractCommands(program: Command, env: CliEnvironment): void {
  workspaceCommand(program, 'contracts', 'agency contracts: period, state, fee model and SLA terms')
    .option('--client <id>', 'only contracts of this client', parseId)
    .option('--all', 'include archived contracts')
    .action((opts: WorkspaceOptions & { client?: number; all?: boolean }) =>
      withBackend(env, opts.db, ({ api }) =>
        printRows(env.io, api.call('contracts.list', { clientId: opts.client, includeArchived: opts.all }), contractColumns, Boolean(opts.json)),
      ),
    );

  workspaceCommand(program, 'sla', 'SLA items, soonest due first; with --month, that month\'s compliance too')
    .option('--client <id>', 'only items of this client', parseId)
    .option('--month <YYYY-MM>', 'only items due in this month', month)
    .addOption(new Option('--status <status>', 'only items in this status').choices(SLA_ITEM_STATUSES))
    .action((opts: WorkspaceOptions & { client?: number; month?: string; status?: SlaItemStatus }) =>
      withBackend(env, opts.db, ({ api }) => {
        const items = api.call('sla.list', { clientId: opts.client, month: opts.month, status: opts.status });
        const compliance = opts.month ? api.call('sla.compliance', { clientId: opts.client, month: opts.month }) : null;
        if (opts.json) {
          // The compliance's own item list is the month's items again: printed once, under "items".
          const summary = compliance && (({ items: _items, ...rest }) => rest)(compliance);
          env.io.stdout(`${JSON.stringify({ items, compliance: summary }, null, 2)}\n`);
          return;
        }
        printRows(env.io, items, slaColumns, false);
        if (compliance) env.io.stdout(`\n${complianceLine(compliance)}`);
      }),
    );

  workspaceCommand(program, 'fees', "a client's fee statement for a month: base fee, commission on GMV, KPI clauses")
    .requiredOption('--client <id>', 'client id', parseId)
    .requiredOption('--month <YYYY-MM>', 'the month', month)
    .action((opts: WorkspaceOptions & { client: number; month: string }) =>
      withBackend(env, opts.db, ({ api }) => {
        const statement = api.call('fees.statement', { clientId: opts.client, month: opts.month });
        if (opts.json) env.io.stdout(`${JSON.stringify(statement, null, 2)}\n`);
        else printStatement(env.io, statement);
      }),
    );
}
