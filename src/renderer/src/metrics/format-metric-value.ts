import type { MatrixCell } from '@shared/api/kpi-schemas';
import { currencyMinorDigits } from '@shared/domain/currencies';
import { findMetric } from '@shared/metrics/metric-catalog';
import type { MetricUnit } from '@shared/metrics/metric-definition';

/**
 * A metric's number as the UI language writes it: ratios as percentages (0.0075 → 0.75%),
 * hours and seconds with their unit, counts and scores as plain numbers. Money thresholds are
 * in major units of the store's currency, which a threshold does not carry.
 */
export function formatMetricValue(value: number | null, unit: MetricUnit, language: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'ratio':
      return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(value);
    case 'hours':
      return new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
    case 'duration':
      return new Intl.NumberFormat(language, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
    default:
      return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  }
}

/** A money amount in minor units (integer) as the language writes that currency. */
export function formatMoneyMinor(amountMinor: number, currency: string, language: string): string {
  const digits = currencyMinorDigits(currency);
  return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: digits }).format(amountMinor / 10 ** digits);
}

/** The latest value of a matrix cell: money from its minor units, everything else by unit. */
export function formatCellValue(cell: Pick<MatrixCell, 'metricKey' | 'value' | 'amountMinor' | 'currency'>, language: string): string {
  if (cell.amountMinor !== null && cell.currency) return formatMoneyMinor(cell.amountMinor, cell.currency, language);
  return formatMetricValue(cell.value, findMetric(cell.metricKey)?.unit ?? 'count', language);
}
