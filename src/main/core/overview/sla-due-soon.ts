import type { Overview } from '@shared/api/overview-schemas';
import type { SlaItem } from '@shared/api/sla-schemas';
import type { CoreContext } from '../core-context';
import { listSlaItems } from '../sla/sla-service';

/** The overview's horizon for SLA items. */
export const SLA_DUE_SOON_HOURS = 48;

/** A short English description for hosts that do not translate `kind`. */
export function slaItemLabel(item: Pick<SlaItem, 'kind' | 'metricKey' | 'poaCaseId' | 'month' | 'title' | 'storeName'>): string {
  const store = item.storeName ? ` (${item.storeName})` : '';
  switch (item.kind) {
    case 'alert_acknowledge':
      return `Acknowledge the ${item.metricKey ?? 'breach'} alert${store}`;
    case 'poa_delivery':
      return `Deliver the POA for case ${item.poaCaseId ?? '?'}${store}`;
    case 'monthly_review':
      return `Deliver the monthly review of ${item.month ?? '?'}`;
    case 'client_request':
      return `Answer the client request "${item.title ?? ''}"${store}`;
  }
}

/** Open SLA items due within 48 hours, soonest first. */
export function slaDueSoon(ctx: CoreContext): Overview['slaDueSoon'] {
  return listSlaItems(ctx, { dueWithinHours: SLA_DUE_SOON_HOURS }).map((item) => ({
    id: item.id,
    label: slaItemLabel(item),
    dueAt: item.dueAt,
    clientName: item.clientName,
    kind: item.kind,
    storeName: item.storeName,
    metricKey: item.metricKey,
    month: item.month,
    title: item.title,
  }));
}
