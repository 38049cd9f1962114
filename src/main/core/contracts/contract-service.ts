import { and, eq, isNull, notInArray, type SQL } from 'drizzle-orm';
import type { Contract, contractInputSchemas, contractPatchSchema } from '@shared/api/agency-contract-schemas';
import type { ContractLifecycle } from '@shared/domain/agency-contracts';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { contractFeeClauses, contracts, contractSlaTerms, contractStores } from '../db/schema';
import { waiveOpenItemsOfContract } from '../sla/sla-item-lifecycle';
import { assertContractRules, refused, type ContractValues } from './contract-rules';
import { getContract, getContractRow, loadContracts } from './contract-rows';
import { recaptureSnapshotBaselines } from './kpi-target-service';

type ContractQuery = NonNullable<z.output<typeof contractInputSchemas.list>>;
type ContractChanges = z.output<typeof contractPatchSchema>;

export function listContracts(ctx: CoreContext, query: ContractQuery = {}): Contract[] {
  const where: (SQL | undefined)[] = [
    query.clientId ? eq(contracts.clientId, query.clientId) : undefined,
    query.includeArchived || query.lifecycle === 'archived' ? undefined : isNull(contracts.archivedAt),
  ];
  const list = loadContracts(ctx, and(...where));
  return query.lifecycle ? list.filter((c) => c.lifecycle === (query.lifecycle as ContractLifecycle)) : list;
}

function contractColumns(values: ContractValues) {
  return {
    name: values.name,
    tier: values.tier,
    startDate: values.startDate,
    endDate: values.endDate,
    renewalTerms: values.renewalTerms ?? null,
    noticePeriodDays: values.noticePeriodDays,
    renewalReminderDays: values.renewalReminderDays,
    currency: values.currency,
    baseFeeMinor: values.baseFeeMinor,
    commissionBps: values.commissionBps,
    timeZone: values.timeZone,
    businessHours: values.businessHours ? { ...values.businessHours, days: [...values.businessHours.days].sort((a, b) => a - b) } : null,
    exitTerms: values.exitTerms ?? null,
    handoverNotes: values.handoverNotes ?? null,
    notes: values.notes ?? null,
  };
}

function writeStores(ctx: CoreContext, contractId: number, storeIds: readonly number[]): void {
  const { db } = ctx.workspace;
  db.delete(contractStores).where(eq(contractStores.contractId, contractId)).run();
  db.insert(contractStores).values(storeIds.map((storeId) => ({ contractId, storeId }))).run();
}

/** Terms are kept per kind: an edited term keeps the date it was first agreed (monthly reviews are owed from then). */
function writeTerms(ctx: CoreContext, contractId: number, terms: ContractValues['slaTerms'], at: string): void {
  const { db } = ctx.workspace;
  const kinds = terms.map((t) => t.kind);
  db.delete(contractSlaTerms).where(and(eq(contractSlaTerms.contractId, contractId), kinds.length > 0 ? notInArray(contractSlaTerms.kind, kinds) : undefined)).run();
  for (const term of terms) {
    const columns =
      term.kind === 'monthly_review'
        ? { hours: null, clock: null, dayOfMonth: term.dayOfMonth }
        : { hours: term.hours, clock: term.clock, dayOfMonth: null };
    db.insert(contractSlaTerms)
      .values({ contractId, kind: term.kind, ...columns, createdAt: at })
      .onConflictDoUpdate({ target: [contractSlaTerms.contractId, contractSlaTerms.kind], set: columns })
      .run();
  }
}

function writeClauses(ctx: CoreContext, contractId: number, clauses: ContractValues['feeClauses']): void {
  const { db } = ctx.workspace;
  db.delete(contractFeeClauses).where(eq(contractFeeClauses.contractId, contractId)).run();
  if (clauses.length === 0) return;
  db.insert(contractFeeClauses)
    .values(
      clauses.map((clause, position) => ({
        contractId,
        position,
        metricKey: clause.metricKey,
        storeId: clause.storeId,
        condition: clause.condition,
        threshold: clause.threshold,
        effect: clause.effect,
        amountType: clause.amount.type,
        amountBps: clause.amount.type === 'percent_of_base' ? clause.amount.bps : null,
        amountMinor: clause.amount.type === 'fixed' ? clause.amount.amountMinor : null,
        note: clause.note ?? null,
      })),
    )
    .run();
}

export function createContract(ctx: CoreContext, values: ContractValues): Contract {
  return ctx.workspace.sqlite.transaction(() => {
    assertContractRules(ctx, values);
    const at = ctx.now().toISOString();
    const { id } = ctx.workspace.db
      .insert(contracts)
      .values({ clientId: values.clientId, ...contractColumns(values), createdAt: at, updatedAt: at })
      .returning({ id: contracts.id })
      .get();
    writeStores(ctx, id, values.storeIds);
    writeTerms(ctx, id, values.slaTerms, at);
    writeClauses(ctx, id, values.feeClauses);
    recordAudit(ctx, { action: 'create', entity: 'contract', entityId: id, details: { clientId: values.clientId, name: values.name } });
    return getContract(ctx, id);
  })();
}

/** The contract as the rules see it, from what is stored. */
function storedValues(contract: Contract): ContractValues {
  return {
    ...contract,
    storeIds: contract.stores.map((s) => s.storeId),
    feeClauses: contract.feeClauses.map(({ id: _id, ...clause }) => clause),
  };
}

/** Targets of stores the edit stops covering would lose their meaning: they must go first. */
function assertTargetsStayCovered(before: Contract, storeIds: readonly number[]): void {
  const orphaned = before.targets.filter((t) => t.storeId !== null && !storeIds.includes(t.storeId));
  if (orphaned.length === 0) return;
  const names = [...new Set(orphaned.map((t) => t.storeName ?? String(t.storeId)))].join(', ');
  throw refused([{ field: 'storeIds', code: 'store_has_targets', message: `KPI targets still name ${names}; remove those targets first` }]);
}

export function updateContract(ctx: CoreContext, id: number, changes: ContractChanges): Contract {
  return ctx.workspace.sqlite.transaction(() => {
    const before = getContract(ctx, id);
    const values: ContractValues = { ...storedValues(before), ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    assertContractRules(ctx, values, new Set(before.stores.map((s) => s.storeId)));
    if (changes.storeIds) assertTargetsStayCovered(before, changes.storeIds);
    const at = ctx.now().toISOString();
    ctx.workspace.db.update(contracts).set({ ...contractColumns(values), updatedAt: at }).where(eq(contracts.id, id)).run();
    if (changes.storeIds) writeStores(ctx, id, values.storeIds);
    if (changes.slaTerms) writeTerms(ctx, id, values.slaTerms, at);
    if (changes.feeClauses) writeClauses(ctx, id, values.feeClauses);
    // The baseline is the data at the contract start: a new start (or new stores) means new data.
    if (changes.startDate !== undefined || changes.storeIds) recaptureSnapshotBaselines(ctx, id);
    const { slaTerms: _t, feeClauses: _c, storeIds: _s, businessHours: _b, ...scalars } = changes;
    recordAudit(ctx, {
      action: 'update',
      entity: 'contract',
      entityId: id,
      details: { ...diffFields(before, scalars), ...Object.fromEntries(['slaTerms', 'feeClauses', 'storeIds', 'businessHours'].filter((k) => k in changes).map((k) => [k, 'replaced'])) },
    });
    return getContract(ctx, id);
  })();
}

/**
 * Archiving takes a contract out of the daily work: no new SLA items, and its open ones are
 * waived (there is no promise left to keep). Its history, targets and statements stay readable.
 */
export function archiveContract(ctx: CoreContext, id: number): Contract {
  return ctx.workspace.sqlite.transaction(() => {
    const row = getContractRow(ctx, id);
    if (row.archivedAt) return getContract(ctx, id);
    const at = ctx.now().toISOString();
    ctx.workspace.db.update(contracts).set({ archivedAt: at, updatedAt: at }).where(eq(contracts.id, id)).run();
    const waived = waiveOpenItemsOfContract(ctx, id, 'contract archived');
    recordAudit(ctx, { action: 'archive', entity: 'contract', entityId: id, details: { waivedSlaItemIds: waived } });
    return getContract(ctx, id);
  })();
}

export function restoreContract(ctx: CoreContext, id: number): Contract {
  return ctx.workspace.sqlite.transaction(() => {
    const row = getContractRow(ctx, id);
    if (!row.archivedAt) return getContract(ctx, id);
    ctx.workspace.db.update(contracts).set({ archivedAt: null, updatedAt: ctx.now().toISOString() }).where(eq(contracts.id, id)).run();
    recordAudit(ctx, { action: 'restore', entity: 'contract', entityId: id });
    return getContract(ctx, id);
  })();
}
