import type { PlanningTarget } from '@shared/api/planning-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { formatMetricValue } from '../../metrics/format-metric-value';

/** An attainment or score: 0.762 → "76%"; a dash when there is none. */
export function formatShare(share: number | null, language: string): string {
  if (share === null) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A target's value in its metric's unit, money with the store's currency. */
export function formatTargetValue(target: Pick<PlanningTarget, 'metricKey' | 'currency'>, value: number | null, language: string): string {
  const unit = findMetric(target.metricKey)?.unit ?? 'count';
  if (value !== null && unit === 'money') {
    return new Intl.NumberFormat(language, { style: 'currency', currency: target.currency, maximumFractionDigits: 0 }).format(value);
  }
  return formatMetricValue(value, unit, language);
}

/** This month, the two before and the next, then this quarter and the next: what people plan. */
export function periodOptions(today: string): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const monthAt = (offset: number) => {
    const date = new Date(Date.UTC(year, month - 1 + offset, 1));
    return date.toISOString().slice(0, 7);
  };
  const quarterAt = (offset: number) => {
    const index = Math.floor((month - 1) / 3) + offset;
    const y = year + Math.floor(index / 4);
    return `${y}-Q${(((index % 4) + 4) % 4) + 1}`;
  };
  return [monthAt(1), monthAt(0), monthAt(-1), monthAt(-2), quarterAt(1), quarterAt(0), quarterAt(-1)];
}
