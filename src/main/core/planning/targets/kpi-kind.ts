import type { KpiKind } from '@shared/domain/planning';
import type { MetricDefinition } from '@shared/metrics/metric-definition';

// The team's own output and the service it gives: judged fairly because the team controls it
// (DOMAIN.md: agencies are judged on controllable KPIs more fairly than on absolute GMV).
const PROCESS_GROUPS: ReadonlySet<MetricDefinition['group']> = new Set(['content', 'customer_service']);
const PROCESS_METRICS: ReadonlySet<string> = new Set(['ads.ctr', 'funnel.ctr']);

export function kpiKind(metric: MetricDefinition): KpiKind {
  return PROCESS_GROUPS.has(metric.group) || PROCESS_METRICS.has(metric.key) ? 'process' : 'result';
}
