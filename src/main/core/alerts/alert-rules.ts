import type { ALERT_KINDS, ALERT_SEVERITIES } from '@shared/api/alert-schemas';
import type { StoreStage } from '@shared/domain/stores';
import { findMetric } from '@shared/metrics/metric-catalog';
import { mattersAtStage } from '../kpi/applicable-metrics';
import { isStale } from '../kpi/evaluate-metric-status';

export type AlertKind = (typeof ALERT_KINDS)[number];
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export interface EvaluatedState {
  metricKey: string;
  status: string;
  value: number | null;
  windowTo: string | null;
  daysToBreach: number | null;
  platformStatus: string | null;
}

export interface DesiredAlert {
  metricKey: string;
  kind: AlertKind;
  severity: AlertSeverity;
  dataDate: string | null;
  value: number | null;
  detail: Record<string, unknown>;
}

/**
 * Which alerts a store's evaluated metrics call for. Metrics that do not matter at the store's
 * stage raise nothing; a breach needs no "projected" warning on top.
 */
export function desiredAlerts(
  states: readonly EvaluatedState[],
  stage: StoreStage,
  now: Date,
  projectionDays: number,
): DesiredAlert[] {
  const wanted: DesiredAlert[] = [];
  for (const state of states) {
    const metric = findMetric(state.metricKey);
    if (!metric || !mattersAtStage(metric, stage)) continue;
    const base = { metricKey: state.metricKey, dataDate: state.windowTo, value: state.value };
    if (state.metricKey === 'amazon.account_status') {
      if (state.status === 'breach') wanted.push({ ...base, kind: 'account_status', severity: 'critical', detail: { platformStatus: state.platformStatus } });
      continue;
    }
    if (state.status === 'breach') wanted.push({ ...base, kind: 'breach', severity: 'critical', detail: {} });
    if (state.status === 'watch') wanted.push({ ...base, kind: 'watch', severity: 'warning', detail: {} });
    if (state.status !== 'breach' && state.daysToBreach !== null && state.daysToBreach <= projectionDays) {
      wanted.push({ ...base, kind: 'projected_breach', severity: 'warning', detail: { daysToBreach: state.daysToBreach } });
    }
    if (state.windowTo && isStale(new Date(`${state.windowTo}T23:59:59Z`), now, metric.refreshHours, metric.graceHours)) {
      wanted.push({ ...base, kind: 'stale', severity: 'info', detail: {} });
    }
  }
  return wanted;
}
