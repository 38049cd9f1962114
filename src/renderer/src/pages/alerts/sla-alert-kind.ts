import { SLA_TERM_KINDS, type SlaTermKind } from '@shared/domain/agency-contracts';

/** An "sla_breach" alert names the broken promise as metric "sla.<kind>", not a catalog metric. */
export function slaKindOfMetricKey(metricKey: string): SlaTermKind | null {
  if (!metricKey.startsWith('sla.')) return null;
  return SLA_TERM_KINDS.find((kind) => `sla.${kind}` === metricKey) ?? null;
}
