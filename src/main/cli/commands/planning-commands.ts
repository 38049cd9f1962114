import { InvalidArgumentError, type Command } from 'commander';
import type { RecoveryPlanResult } from '@shared/api/planning-experiment-schemas';
import type { PlanningTarget, Scorecard } from '@shared/api/planning-schemas';
import { MONTH_PATTERN } from '@shared/domain/agency-contracts';
import { periodBounds } from '@shared/domain/planning';
import { withBackend } from '../cli-backend';
import type { CliEnvironment, CliIo } from '../cli-io';
import { printRows, type Column } from '../print-result';
import { parseId, workspaceCommand, type WorkspaceOptions } from './common-options';

function targetPeriod(value: string): string {
  if (!/^\d{4}-(\d{2}|Q[1-4])$/.test(value) || !periodBounds(value)) throw new InvalidArgumentError(`"${value}" is not a month like 2026-11 or a quarter like 2026-Q4.`);
  return value;
}

function month(value: string): string {
  if (!MONTH_PATTERN.test(value)) throw new InvalidArgumentError(`"${value}" is not a month like 2026-11.`);
  return value;
}

function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 1000) / 10} %`;
}

function value(target: number | null): string {
  return target === null ? '–' : String(Math.round(target * 10_000) / 10_000);
}

const targetColumns: Column<PlanningTarget>[] = [
  { header: 'ID', value: (t) => t.id },
  { header: 'STORE', value: (t) => t.storeName },
  { header: 'PERIOD', value: (t) => t.period },
  { header: 'METRIC', value: (t) => t.metricKey },
  { header: 'KIND', value: (t) => t.kpiKind },
  { header: 'TARGET', value: (t) => value(t.targetValue) },
  { header: 'ACTUAL', value: (t) => value(t.actualValue) },
  { header: 'ATTAINMENT', value: (t) => percent(t.attainment) },
  { header: 'STATUS', value: (t) => t.status },
  { header: 'OWNER', value: (t) => (t.ownerName ? `${t.ownerName} (${t.ownerRole})` : '') },
  { header: 'WEIGHT', value: (t) => t.weight },
];

function printScorecard(io: CliIo, card: Scorecard): void {
  io.stdout(`Scorecards for ${card.period} (weighted attainment; targets without data are left out)\n\n`);
  printRows(
    io,
    [...card.people.map((p) => ({ who: p.name, ...p })), ...card.roles.map((r) => ({ who: `(all ${r.role})`, ...r }))],
    [
      { header: 'WHO', value: (r) => r.who },
      { header: 'ROLE', value: (r) => r.role },
      { header: 'SCORE', value: (r) => percent(r.score) },
      { header: 'PROCESS', value: (r) => percent(r.process.score) },
      { header: 'RESULT', value: (r) => percent(r.result.score) },
      { header: 'TARGETS', value: (r) => r.targets.length },
      { header: 'NO DATA (WEIGHT)', value: (r) => r.weightMissing },
    ],
    false,
  );
  if (card.unowned.length > 0) io.stdout(`\n${card.unowned.length} target(s) have no owner and count for no one.\n`);
}

function printRecovery(io: CliIo, plan: RecoveryPlanResult): void {
  const rate = (r: number) => `${Math.round(r * 10_000) / 100} %`;
  if (plan.status === 'no_counts') {
    io.stdout(`No daily counts (${plan.countsKey}) for store ${plan.storeId}: import them to plan the recovery.\n`);
    return;
  }
  io.stdout(`${plan.metricKey} over ${plan.windowDays} days, breach level ${rate(plan.targetRate)}; counts up to ${plan.today}\n`);
  if (plan.current) io.stdout(`Now: ${rate(plan.current.rate)} (${plan.current.defects} defects in ${plan.current.orders} orders)\n`);
  io.stdout(
    plan.status === 'recovered'
      ? 'Already on the right side of the breach level.\n'
      : `Recovers on ${plan.recoveryDate} if no new defect occurs, at ${plan.projectedOrdersPerDay} orders a day.\n`,
  );
  for (const s of plan.speedUps) io.stdout(`  by ${s.date} with ${s.ordersPerDay} defect-free orders a day\n`);
  if (plan.missingDays.length > 0) io.stdout(`! ${plan.missingDays.length} day(s) of the window have no count (first ${plan.missingDays[0]}): the date may be early.\n`);
}

export function registerPlanningCommands(program: Command, env: CliEnvironment): void {
  workspaceCommand(program, 'targets', 'KPI targets per store and period, with attainment from the snapshots')
    .option('--store <id>', 'only this store', parseId)
    .option('--period <YYYY-MM|YYYY-QN>', 'only this month or quarter', targetPeriod)
    .action((opts: WorkspaceOptions & { store?: number; period?: string }) =>
      withBackend(env, opts.db, ({ api }) => printRows(env.io, api.call('planning.targets.list', { storeId: opts.store, period: opts.period }), targetColumns, Boolean(opts.json))),
    );

  workspaceCommand(program, 'scorecards', 'weighted attainment per person and role for a month, process and result KPIs apart')
    .requiredOption('--period <YYYY-MM>', 'the month', month)
    .action((opts: WorkspaceOptions & { period: string }) =>
      withBackend(env, opts.db, ({ api }) => {
        const card = api.call('planning.scorecards', { period: opts.period });
        if (opts.json) env.io.stdout(`${JSON.stringify(card, null, 2)}\n`);
        else printScorecard(env.io, card);
      }),
    );

  workspaceCommand(program, 'recovery', 'when a rolling-window rate heals if no new defect occurs, from the daily counts')
    .requiredOption('--store <id>', 'store id', parseId)
    .requiredOption('--metric <key>', 'metric key, e.g. amazon.odr_mfn')
    .action((opts: WorkspaceOptions & { store: number; metric: string }) =>
      withBackend(env, opts.db, ({ api }) => {
        const plan = api.call('planning.recovery', { storeId: opts.store, metricKey: opts.metric });
        if (opts.json) env.io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
        else printRecovery(env.io, plan);
      }),
    );
}
