import type { Contract } from '@shared/api/agency-contract-schemas';
import type { FeeStatement } from '@shared/api/fee-schemas';
import type { Currency } from '@shared/domain/currencies';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { CoreContext } from '../core-context';
import { getClient } from '../clients/client-service';
import { addDays, daysInclusive, earlierDay, laterDay, monthBounds } from '../contracts/calendar-months';
import { runsDuring } from '../contracts/contract-lifecycle';
import { listContracts } from '../contracts/contract-service';
import { aggregatedValueWithin } from '../contracts/metric-values';
import { computeFeeSection, type FeeSectionInput } from './compute-fee-section';
import { fxLookupForMonth, type FxLookup } from './fx-rate-service';
import { readStoreGmv } from './monthly-gmv';
import { wallClockAt } from '../sla/zoned-time';

function sectionInput(ctx: CoreContext, contract: Contract, month: string, fx: FxLookup): FeeSectionInput {
  const bounds = monthBounds(month);
  const from = laterDay(bounds.first, contract.startDate);
  const to = earlierDay(bounds.last, contract.endDate);
  // Platforms report a day once it is over: GMV is owed up to yesterday in the contract's zone.
  const yesterday = addDays(wallClockAt(ctx.now().getTime(), contract.timeZone).date, -1);
  const covered = { from, to, days: daysInclusive(from, to), daysExpected: daysInclusive(from, earlierDay(to, yesterday)) };
  const storeName = (id: number | null) => contract.stores.find((s) => s.storeId === id)?.displayName ?? null;
  return {
    contract,
    month,
    covered,
    daysInMonth: bounds.days,
    stores: contract.stores.map((store) => ({
      storeId: store.storeId,
      storeName: store.displayName,
      currency: store.currency,
      reading: readStoreGmv(ctx, { id: store.storeId, platform: store.platform, currency: store.currency }, covered),
    })),
    fx,
    clauses: contract.feeClauses.map((clause) => {
      const metric = findMetric(clause.metricKey);
      const storeIds = clause.storeId === null ? contract.stores.map((s) => s.storeId) : [clause.storeId];
      const value = metric ? aggregatedValueWithin(ctx, metric, storeIds, covered) : null;
      return {
        clause,
        storeName: storeName(clause.storeId),
        unit: metric?.unit ?? 'count',
        measured: value && value.value !== null && value.date !== null ? { value: value.value, date: value.date } : null,
        note: value?.note ?? (metric ? null : `${clause.metricKey} is no longer in the metric catalog`),
      };
    }),
  };
}

/**
 * What a client owes for a month, as a preview: one section per contract that ran during the
 * month (in the contract's currency), a total per currency, every line explained. Nothing is
 * recorded: this is a statement, not accounting.
 */
export function feeStatement(ctx: CoreContext, query: { clientId: number; month: string }): FeeStatement {
  const client = getClient(ctx, query.clientId);
  const running = listContracts(ctx, { clientId: client.id }).filter((contract) => runsDuring(contract, query.month));
  const fx = fxLookupForMonth(ctx, query.month);
  const sections = running.map((contract) => computeFeeSection(sectionInput(ctx, contract, query.month, fx)));
  const totals = new Map<Currency, number>();
  for (const section of sections) totals.set(section.currency, (totals.get(section.currency) ?? 0) + section.subtotalMinor);
  const warnings =
    running.length === 0
      ? [{ code: 'no_active_contract' as const, message: `${client.name} has no contract running in ${query.month}`, params: { clientId: client.id, month: query.month } }]
      : [];
  return {
    clientId: client.id,
    clientName: client.name,
    month: query.month,
    sections,
    totals: [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor })),
    complete: running.length > 0 && sections.every((section) => section.complete),
    warnings,
  };
}
