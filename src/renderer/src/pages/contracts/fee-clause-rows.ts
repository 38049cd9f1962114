import type { FeeClause } from '@shared/api/agency-contract-schemas';
import type { FeeClauseCondition, FeeClauseEffect } from '@shared/domain/agency-contracts';
import { findMetric } from '@shared/metrics/metric-catalog';
import { parseThresholdInput, thresholdInputText } from '../../metrics/threshold-input';
import { bpsToPercent, majorToMinor, minorToMajor, percentToBps } from './money-units';

/** One KPI clause as the editor shows it: threshold as typed (percent for rates), amount in percent or major units. */
export interface FeeClauseRow {
  metricKey: string | null;
  /** "all" for every covered store together. */
  store: string;
  condition: FeeClauseCondition;
  thresholdText: string;
  effect: FeeClauseEffect;
  amountType: 'percent_of_base' | 'fixed';
  amount: number | '';
  note: string;
}

export function emptyFeeClauseRow(): FeeClauseRow {
  return { metricKey: null, store: 'all', condition: 'lte', thresholdText: '', effect: 'bonus', amountType: 'percent_of_base', amount: 5, note: '' };
}

export function feeClauseRowFrom(clause: FeeClause, currency: string): FeeClauseRow {
  const unit = findMetric(clause.metricKey)?.unit ?? 'count';
  return {
    metricKey: clause.metricKey,
    store: clause.storeId === null ? 'all' : String(clause.storeId),
    condition: clause.condition,
    thresholdText: thresholdInputText(clause.threshold, unit),
    effect: clause.effect,
    amountType: clause.amount.type,
    amount: clause.amount.type === 'percent_of_base' ? bpsToPercent(clause.amount.bps) : minorToMajor(clause.amount.amountMinor, currency),
    note: clause.note ?? '',
  };
}

/** The API clause: threshold in the metric's unit, a percentage of base in bp, a fixed amount in minor units. Unparseable numbers become NaN so the schema names the field. */
export function feeClauseInputFrom(row: FeeClauseRow, currency: string): Record<string, unknown> {
  const unit = row.metricKey ? (findMetric(row.metricKey)?.unit ?? 'count') : 'count';
  const threshold = parseThresholdInput(row.thresholdText, unit);
  const amount = row.amount === '' ? Number.NaN : row.amount;
  return {
    metricKey: row.metricKey ?? '',
    storeId: row.store === 'all' ? null : Number(row.store),
    condition: row.condition,
    threshold: threshold.ok && threshold.value !== null ? threshold.value : Number.NaN,
    effect: row.effect,
    amount: row.amountType === 'percent_of_base' ? { type: 'percent_of_base', bps: percentToBps(amount) } : { type: 'fixed', amountMinor: majorToMinor(amount, currency) },
    note: row.note.trim() === '' ? undefined : row.note,
  };
}
