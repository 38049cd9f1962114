import { asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { BusinessHours, Contract, FeeClause, KpiTarget, SlaTerm } from '@shared/api/agency-contract-schemas';
import type { ContractTier, FeeClauseCondition, FeeClauseEffect, HourlySlaTermKind, SlaClock, BaselineSource } from '@shared/domain/agency-contracts';
import type { Currency } from '@shared/domain/currencies';
import type { Marketplace } from '@shared/domain/marketplaces';
import type { Platform } from '@shared/domain/stores';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { CoreContext } from '../core-context';
import { clients, contractFeeClauses, contractKpiTargets, contracts, contractSlaTerms, contractStores, stores } from '../db/schema';
import { notFound } from '../errors';
import { wallClockAt } from '../sla/zoned-time';
import { contractLifecycle } from './contract-lifecycle';

export type ContractRow = typeof contracts.$inferSelect;
type TermRow = typeof contractSlaTerms.$inferSelect;
type ClauseRow = typeof contractFeeClauses.$inferSelect;
type TargetRow = typeof contractKpiTargets.$inferSelect;
type CoveredStore = Contract['stores'][number];

export function toSlaTerm(row: TermRow): SlaTerm {
  if (row.kind === 'monthly_review') return { kind: 'monthly_review', dayOfMonth: row.dayOfMonth ?? 1 };
  return { kind: row.kind as HourlySlaTermKind, hours: row.hours ?? 0, clock: (row.clock ?? 'calendar') as SlaClock };
}

export function toFeeClause(row: ClauseRow): FeeClause {
  return {
    id: row.id,
    metricKey: row.metricKey,
    storeId: row.storeId,
    condition: row.condition as FeeClauseCondition,
    threshold: row.threshold,
    effect: row.effect as FeeClauseEffect,
    amount: row.amountType === 'fixed' ? { type: 'fixed', amountMinor: row.amountMinor ?? 0 } : { type: 'percent_of_base', bps: row.amountBps ?? 0 },
    note: row.note,
  };
}

/** The currency a target's values are in: the store's, or the one all covered stores share; null for non-money metrics. */
function targetCurrency(row: TargetRow, covered: readonly CoveredStore[]): string | null {
  if (findMetric(row.metricKey)?.unit !== 'money') return null;
  const currencies = new Set(covered.filter((s) => row.storeId === null || s.storeId === row.storeId).map((s) => s.currency));
  return currencies.size === 1 ? [...currencies][0]! : null;
}

export function toKpiTarget(row: TargetRow, covered: readonly CoveredStore[]): KpiTarget {
  return {
    id: row.id,
    contractId: row.contractId,
    metricKey: row.metricKey,
    storeId: row.storeId,
    storeName: covered.find((s) => s.storeId === row.storeId)?.displayName ?? null,
    targetValue: row.targetValue,
    targetDate: row.targetDate,
    currency: targetCurrency(row, covered),
    baselineValue: row.baselineValue,
    baselineSource: row.baselineSource as BaselineSource | null,
    baselineDate: row.baselineDate,
    baselineImportBatchIds: row.baselineImportBatchIds,
    baselineSetAt: row.baselineSetAt,
    baselineSetBy: row.baselineSetBy,
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** The stores each contract covers, by contract id. */
export function coveredStores(ctx: CoreContext, contractIds: readonly number[]): Map<number, CoveredStore[]> {
  const rows = ctx.workspace.db
    .select({
      contractId: contractStores.contractId,
      storeId: stores.id,
      displayName: stores.displayName,
      platform: stores.platform,
      marketplace: stores.marketplace,
      currency: stores.currency,
      archivedAt: stores.archivedAt,
    })
    .from(contractStores)
    .innerJoin(stores, eq(stores.id, contractStores.storeId))
    .where(inArray(contractStores.contractId, [...contractIds]))
    .orderBy(asc(stores.displayName), asc(stores.id))
    .all();
  const byContract = groupBy(rows, (r) => r.contractId);
  return new Map(
    [...byContract].map(([id, list]) => [
      id,
      list.map((s) => ({
        storeId: s.storeId,
        displayName: s.displayName,
        platform: s.platform as Platform,
        marketplace: s.marketplace as Marketplace,
        currency: s.currency as Currency,
        archived: s.archivedAt !== null,
      })),
    ]),
  );
}

/** Full contracts (stores, terms, clauses, targets) matching `where`, by client name then newest start. */
export function loadContracts(ctx: CoreContext, where?: SQL): Contract[] {
  const { db } = ctx.workspace;
  const rows = db
    .select({ contract: contracts, clientName: clients.name })
    .from(contracts)
    .innerJoin(clients, eq(clients.id, contracts.clientId))
    .where(where)
    .orderBy(asc(clients.name), desc(contracts.startDate), asc(contracts.id))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.contract.id);
  const covered = coveredStores(ctx, ids);
  const terms = groupBy(db.select().from(contractSlaTerms).where(inArray(contractSlaTerms.contractId, ids)).orderBy(asc(contractSlaTerms.id)).all(), (t) => t.contractId);
  const clauses = groupBy(
    db.select().from(contractFeeClauses).where(inArray(contractFeeClauses.contractId, ids)).orderBy(asc(contractFeeClauses.position)).all(),
    (c) => c.contractId,
  );
  const targets = groupBy(
    db.select().from(contractKpiTargets).where(inArray(contractKpiTargets.contractId, ids)).orderBy(asc(contractKpiTargets.metricKey), asc(contractKpiTargets.id)).all(),
    (t) => t.contractId,
  );
  const now = ctx.now().getTime();
  return rows.map(({ contract, clientName }) => {
    const storeList = covered.get(contract.id) ?? [];
    return {
      id: contract.id,
      clientId: contract.clientId,
      clientName,
      name: contract.name,
      tier: contract.tier as ContractTier,
      startDate: contract.startDate,
      endDate: contract.endDate,
      renewalTerms: contract.renewalTerms,
      noticePeriodDays: contract.noticePeriodDays,
      renewalReminderDays: contract.renewalReminderDays,
      currency: contract.currency as Currency,
      baseFeeMinor: contract.baseFeeMinor,
      commissionBps: contract.commissionBps,
      timeZone: contract.timeZone,
      businessHours: contract.businessHours as BusinessHours | null,
      stores: storeList,
      slaTerms: (terms.get(contract.id) ?? []).map(toSlaTerm),
      feeClauses: (clauses.get(contract.id) ?? []).map(toFeeClause),
      targets: (targets.get(contract.id) ?? []).map((t) => toKpiTarget(t, storeList)),
      exitTerms: contract.exitTerms,
      handoverNotes: contract.handoverNotes,
      notes: contract.notes,
      ...contractLifecycle(contract, wallClockAt(now, contract.timeZone).date),
      archivedAt: contract.archivedAt,
      createdAt: contract.createdAt,
      updatedAt: contract.updatedAt,
    };
  });
}

export function getContract(ctx: CoreContext, id: number): Contract {
  const contract = loadContracts(ctx, eq(contracts.id, id))[0];
  if (!contract) throw notFound('Contract', id);
  return contract;
}

/** The bare row, for services that need the period and clock but not the lists. */
export function getContractRow(ctx: CoreContext, id: number): ContractRow {
  const row = ctx.workspace.db.select().from(contracts).where(eq(contracts.id, id)).get();
  if (!row) throw notFound('Contract', id);
  return row;
}
