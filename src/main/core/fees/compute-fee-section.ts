import type { FeeClause } from '@shared/api/agency-contract-schemas';
import type { FeeLine, FeeWarning, feeSectionSchema, storeGmvSchema } from '@shared/api/fee-schemas';
import type { FeeClauseCondition } from '@shared/domain/agency-contracts';
import type { Currency } from '@shared/domain/currencies';
import type { MetricUnit } from '@shared/metrics/metric-definition';
import type { z } from 'zod';
import { convertMinor, formatBps, formatMinor, prorateMinor, shareOfMinor } from './fee-maths';
import type { FxLookup } from './fx-rate-service';
import type { StoreGmvReading } from './monthly-gmv';

type FeeSection = z.infer<typeof feeSectionSchema>;
type StoreGmv = z.infer<typeof storeGmvSchema>;

export interface FeeSectionInput {
  contract: { id: number; name: string; currency: Currency; baseFeeMinor: number; commissionBps: number };
  month: string;
  /**
   * The days of the month within the contract period; `daysExpected` of them have passed (up
   * to yesterday in the contract's zone), so a running month is not short of GMV for its future.
   */
  covered: { from: string; to: string; days: number; daysExpected: number };
  daysInMonth: number;
  stores: { storeId: number; storeName: string; currency: string; reading: StoreGmvReading }[];
  fx: FxLookup;
  clauses: { clause: FeeClause; storeName: string | null; unit: MetricUnit; measured: { value: number; date: string } | null; note: string | null }[];
}

const CONDITION_WORDS: Record<FeeClauseCondition, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥' };

function holds(value: number, condition: FeeClauseCondition, threshold: number): boolean {
  switch (condition) {
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
  }
}

function formatMetricValue(value: number, unit: MetricUnit): string {
  return unit === 'ratio' ? `${Number((value * 100).toFixed(3))} %` : String(Number(value.toPrecision(6)));
}

function warning(code: FeeWarning['code'], message: string, params: FeeWarning['params']): FeeWarning {
  return { code, message, params };
}

function baseFeeLine(input: FeeSectionInput): FeeLine {
  const { contract, covered, daysInMonth } = input;
  const amountMinor = prorateMinor(contract.baseFeeMinor, covered.days, daysInMonth);
  const prorated = covered.days < daysInMonth ? ` × ${covered.days}/${daysInMonth} days (${covered.from} to ${covered.to})` : '';
  return {
    kind: 'base_fee',
    amountMinor,
    description: `Monthly base fee ${formatMinor(contract.baseFeeMinor, contract.currency)}${prorated}`,
    warnings: [],
    detail: { baseFeeMinor: contract.baseFeeMinor, daysCovered: covered.days, daysInMonth },
  };
}

/** One store's GMV in the contract currency, or the warning saying why it is left out. */
function storeGmv(input: FeeSectionInput, store: FeeSectionInput['stores'][number]): { gmv: StoreGmv; warnings: FeeWarning[] } {
  const { reading } = store;
  const base = { storeId: store.storeId, storeName: store.storeName, metricKey: reading.metricKey, currency: store.currency, gmvMinor: reading.gmvMinor };
  const days = { daysReported: reading.daysReported, daysExpected: input.covered.daysExpected };
  const names = { storeId: store.storeId, storeName: store.storeName, month: input.month };
  const leftOut = { ...base, ...days, fxRate: null, fxSource: null, convertedMinor: null };
  if (reading.gmvMinor === null) {
    // Days still to come owe no GMV: only a day that has passed without any is missing.
    const message = `${store.storeName} reported no GMV for ${input.covered.from} to ${input.covered.to}; its commission is left out`;
    return { gmv: leftOut, warnings: input.covered.daysExpected > 0 ? [warning('missing_gmv', message, names)] : [] };
  }
  const warnings: FeeWarning[] = [];
  if (reading.daysReported < input.covered.daysExpected) {
    const message = `${store.storeName} reported GMV for ${reading.daysReported} of ${input.covered.daysExpected} days; the commission counts only those`;
    warnings.push(warning('partial_gmv', message, { ...names, ...days }));
  }
  const fx = input.fx(store.currency, input.contract.currency);
  if (!fx) {
    const message = `No FX rate ${store.currency}→${input.contract.currency} for ${input.month}: ${store.storeName}'s GMV is left out; add the rate in Settings`;
    warnings.push(warning('missing_fx_rate', message, { ...names, currency: store.currency, quoteCurrency: input.contract.currency }));
    return { gmv: leftOut, warnings };
  }
  const convertedMinor = convertMinor(reading.gmvMinor, store.currency, input.contract.currency, fx.rate);
  return { gmv: { ...base, ...days, fxRate: fx.rate, fxSource: fx.source, convertedMinor }, warnings };
}

function commissionLine(input: FeeSectionInput): FeeLine {
  const { contract } = input;
  const readings = input.stores.map((store) => storeGmv(input, store));
  const counted = readings.filter((r) => r.gmv.convertedMinor !== null);
  const gmvMinor = counted.reduce((sum, r) => sum + r.gmv.convertedMinor!, 0);
  return {
    kind: 'commission',
    amountMinor: shareOfMinor(gmvMinor, contract.commissionBps),
    description: `Commission ${formatBps(contract.commissionBps)} of GMV ${formatMinor(gmvMinor, contract.currency)} (${counted.length} of ${input.stores.length} stores)`,
    warnings: readings.flatMap((r) => r.warnings),
    detail: { commissionBps: contract.commissionBps, gmvMinor, stores: readings.map((r) => r.gmv) },
  };
}

function clauseLine(input: FeeSectionInput, baseMinor: number, entry: FeeSectionInput['clauses'][number]): FeeLine {
  const { clause, measured, unit } = entry;
  const scope = entry.storeName ? ` (${entry.storeName})` : ' (all covered stores)';
  const rule = `${clause.metricKey}${scope} ${CONDITION_WORDS[clause.condition]} ${formatMetricValue(clause.threshold, unit)} at month end`;
  const size = clause.amount.type === 'percent_of_base' ? shareOfMinor(baseMinor, clause.amount.bps) : clause.amount.amountMinor;
  const what =
    clause.amount.type === 'percent_of_base'
      ? `${formatBps(clause.amount.bps)} of the base fee (${formatMinor(size, input.contract.currency)})`
      : formatMinor(size, input.contract.currency);
  const applied = measured !== null && holds(measured.value, clause.condition, clause.threshold);
  const verdict = measured === null ? 'no value to judge, not applied' : `${formatMetricValue(measured.value, unit)} on ${measured.date}: ${applied ? 'applied' : 'not met'}`;
  const warnings =
    measured === null
      ? [
          warning('missing_kpi_value', `No ${clause.metricKey} value${scope} reported in ${input.month}${entry.note ? ` (${entry.note})` : ''}; the clause is not applied`, {
            clauseId: clause.id,
            metricKey: clause.metricKey,
            month: input.month,
          }),
        ]
      : [];
  const sign = clause.effect === 'bonus' ? 1 : -1;
  return {
    kind: clause.effect === 'bonus' ? 'kpi_bonus' : 'kpi_reduction',
    amountMinor: applied ? 0 + sign * size : 0,
    description: `${clause.effect === 'bonus' ? 'Bonus' : 'Reduction'} ${what} if ${rule} — ${verdict}`,
    warnings,
    detail: {
      clauseId: clause.id,
      metricKey: clause.metricKey,
      storeId: clause.storeId,
      storeName: entry.storeName,
      condition: clause.condition,
      threshold: clause.threshold,
      effect: clause.effect,
      amount: clause.amount,
      measuredValue: measured?.value ?? null,
      measuredDate: measured?.date ?? null,
      applied,
    },
  };
}

/**
 * One contract's part of a month's statement: base fee (prorated to the days the contract ran),
 * commission on the covered stores' GMV converted at the month's FX rates, then each KPI clause
 * (a percentage clause is a share of the prorated base). Nothing missing is counted as zero in
 * silence: the line carries a warning and the section is marked incomplete.
 */
export function computeFeeSection(input: FeeSectionInput): FeeSection {
  const base = baseFeeLine(input);
  const lines: FeeLine[] = [base];
  if (input.contract.commissionBps > 0) lines.push(commissionLine(input));
  for (const entry of input.clauses) lines.push(clauseLine(input, base.amountMinor, entry));
  return {
    contractId: input.contract.id,
    contractName: input.contract.name,
    currency: input.contract.currency,
    daysCovered: input.covered.days,
    daysInMonth: input.daysInMonth,
    lines,
    subtotalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0),
    complete: lines.every((line) => line.warnings.length === 0),
  };
}
