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
