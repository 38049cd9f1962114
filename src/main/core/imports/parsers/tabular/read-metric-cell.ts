import type { MetricDefinition } from '../../../../../shared/metrics/metric-definition';
import { isKnownCurrency, percentToFraction, toMinorUnits } from '../convert-units';
import type { IssueParams } from '../../import-sink';
import { parseLocalizedNumber, type DecimalSeparator } from './parse-localized-number';

/** Why a cell was refused: English for the CLI, and a stable code with its variable parts for translated messages. */
export interface CellProblem {
  ok: false;
  message: string;
  code: string;
  params: IssueParams;
}

export type MetricCell =
  | { ok: true; value: number | null; amountMinor: number | null; currency: string | null; platformStatus: string | null }
  | CellProblem;

const fail = (message: string, code: string, params: IssueParams): CellProblem => ({ ok: false, message, code, params });

/**
 * One value cell of a metric, read by the metric's unit: ratios as fractions, money as minor
 * units with a currency, statuses as the platform's word. `currencyCell` is the row's currency
 * column ('' when there is none).
 */
export function readMetricCell(metric: MetricDefinition, cell: string, currencyCell: string, decimal: DecimalSeparator): MetricCell {
  const text = cell.trim();
  if (metric.unit === 'status') return { ok: true, value: null, amountMinor: null, currency: null, platformStatus: text };
  const number = parseLocalizedNumber(text, decimal);
  if (!number.ok) return fail(`${metric.key} needs a number: ${number.reason}`, number.code, { metric: metric.key, value: text });
  if (metric.unit === 'money') {
    if (number.isPercent) return fail(`${metric.key} is an amount of money, not a percent`, 'money_not_percent', { metric: metric.key, value: text });
    const currency = resolveCurrency(text, number.currencyHint, number.ambiguousCurrency, currencyCell);
    if (!currency.ok) return currency;
    const amountMinor = toMinorUnits(number.value, currency.code);
    if (amountMinor === null) {
      return fail(`"${text}" has more decimals than ${currency.code} has minor units`, 'too_many_decimals', { value: text, currency: currency.code });
    }
    return { ok: true, value: null, amountMinor, currency: currency.code, platformStatus: null };
  }
  if (number.currencyHint || number.ambiguousCurrency) {
    return fail(`${metric.key} is not an amount of money; remove the currency from "${text}"`, 'not_money', { metric: metric.key, value: text });
  }
  if (metric.unit === 'ratio') {
    if (number.value < 0) return fail(`${metric.key} is a rate and cannot be negative`, 'negative_rate', { metric: metric.key, value: text });
    // A bare 85 for a rate is almost always "85%" typed without its sign; guessing would be
    // wrong for ACoS at 120%, so the user says which one it is.
    if (!number.isPercent && number.value > 1) {
      const fraction = percentToFraction(number.value);
      return fail(`"${text}" looks like a percent; write ${text}% or the fraction ${fraction}`, 'ratio_looks_like_percent', { metric: metric.key, value: text, fraction });
    }
  } else if (number.isPercent) {
    return fail(`${metric.key} is a ${metric.unit}, not a percent`, 'not_a_percent', { metric: metric.key, value: text, unit: metric.unit });
  }
  return { ok: true, value: number.value, amountMinor: null, currency: null, platformStatus: null };
}

/** A numerator or denominator: a plain non-negative count. */
export function readCountCell(cell: string, decimal: DecimalSeparator): { ok: true; value: number } | CellProblem {
  const number = parseLocalizedNumber(cell, decimal);
  if (!number.ok) return fail(`needs a number: ${number.reason}`, number.code, { value: cell.trim() });
  if (number.isPercent || number.currencyHint || number.ambiguousCurrency || number.value < 0) {
    return fail(`"${cell.trim()}" is not a count; write a plain number such as 12`, 'not_a_count', { value: cell.trim() });
  }
  return { ok: true, value: number.value };
}

type Currency = { ok: true; code: string } | CellProblem;

/** The currency column wins; a symbol in the amount must agree with it or stand alone unambiguously. */
function resolveCurrency(text: string, hint: string | undefined, ambiguous: string | undefined, currencyCell: string): Currency {
  const column = currencyCell.trim().toUpperCase();
  if (column !== '') {
    if (!isKnownCurrency(column)) {
      return fail(`unknown currency "${currencyCell.trim()}"; write an ISO code such as USD, JPY or CNY`, 'unknown_currency', { currency: currencyCell.trim() });
    }
    if (hint && hint !== column) {
      return fail(`"${text}" is in ${hint} but the currency column says ${column}`, 'currency_mismatch', { value: text, currency: hint, columnCurrency: column });
    }
    return { ok: true, code: column };
  }
  if (hint) {
    return isKnownCurrency(hint)
      ? { ok: true, code: hint }
      : fail(`unknown currency "${hint}" in "${text}"; write an ISO code such as USD, JPY or CNY`, 'unknown_currency', { currency: hint, value: text });
  }
  if (ambiguous) return fail(`"${ambiguous}" is used for both yen and yuan; add a currency column or write JPY or CNY`, 'ambiguous_yen', { symbol: ambiguous, value: text });
  return fail(`"${text}" has no currency; add a currency column or write it like US$1,234.56 or 1234 JPY`, 'no_currency', { value: text });
}

