import type { Snapshot } from '@shared/api/snapshot-schemas';
import type { MetricUnit } from '@shared/metrics/metric-definition';
import { formatDay } from '../../i18n/format-values';
import { formatMetricValue } from '../../metrics/format-metric-value';

const CONDITION_SIGNS: Record<string, string> = {
  LESS_THAN: '<',
  LESS_THAN_OR_EQUAL: '≤',
  GREATER_THAN: '>',
  GREATER_THAN_OR_EQUAL: '≥',
  EQUALS: '=',
};

/** A reporting window as "1 Sep 2026 – 30 Oct 2026", or one day when it is a single day. */
export function formatWindow(snapshot: Pick<Snapshot, 'windowFrom' | 'windowTo'>, language: string): string {
  const to = formatDay(snapshot.windowTo, language);
  return snapshot.windowFrom === snapshot.windowTo ? to : `${formatDay(snapshot.windowFrom, language)} – ${to}`;
}

/** The platform's own target as it states it, e.g. "< 1%"; an unknown condition is shown as sent. */
export function formatPlatformTarget(snapshot: Pick<Snapshot, 'platformTarget' | 'platformTargetCondition'>, unit: MetricUnit, language: string): string | null {
  if (snapshot.platformTarget === null) return null;
  const value = formatMetricValue(snapshot.platformTarget, unit, language);
  const condition = snapshot.platformTargetCondition;
  if (!condition) return value;
  return `${CONDITION_SIGNS[condition] ?? condition} ${value}`;
}

/** Newest reporting window first: the table reads from today backwards. */
export function newestFirst<T extends Pick<Snapshot, 'windowTo' | 'windowFrom'>>(snapshots: readonly T[]): T[] {
  return [...snapshots].sort((a, b) => b.windowTo.localeCompare(a.windowTo) || b.windowFrom.localeCompare(a.windowFrom));
}
