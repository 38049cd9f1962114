import { currencyMinorDigits } from '@shared/domain/currencies';
import type { MetricUnit } from '@shared/metrics/metric-definition';
import { formatMetricValue, formatMoneyMinor } from '../../metrics/format-metric-value';

/** A series value as the tooltip shows it: full precision, in the metric's unit (money in major units). */
export function formatPointValue(value: number, unit: MetricUnit, currency: string | null, language: string): string {
  if (unit === 'money' && currency) return formatMoneyMinor(Math.round(value * 10 ** currencyMinorDigits(currency)), currency, language);
  return formatMetricValue(value, unit, language);
}

/**
 * A y-axis tick: short enough for a narrow axis. Big numbers and money are compact
 * (¥1.2万, $12K), rates are percentages, hours and seconds carry their unit.
 */
export function axisValueFormatter(unit: MetricUnit, currency: string | null, language: string): (value: number) => string {
  const compact = { notation: 'compact', maximumFractionDigits: 1 } as const;
  let format: Intl.NumberFormat;
  switch (unit) {
    case 'ratio':
      format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 });
      break;
    case 'money':
      format = currency ? new Intl.NumberFormat(language, { style: 'currency', currency, ...compact }) : new Intl.NumberFormat(language, compact);
      break;
    case 'hours':
      format = new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay: 'narrow', ...compact });
      break;
    case 'duration':
      format = new Intl.NumberFormat(language, { style: 'unit', unit: 'second', unitDisplay: 'narrow', ...compact });
      break;
    default:
      format = new Intl.NumberFormat(language, compact);
  }
  return (value) => format.format(value);
}

/** A calendar day (YYYY-MM-DD) as a UTC timestamp, the x value of every chart. */
export function dayToTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

const DAY_MS = 86_400_000;

/** The day nearest to a chart's x value: a click between two days' points picks the closer one. */
export function timeToDay(time: number): string {
  return new Date(Math.round(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}
