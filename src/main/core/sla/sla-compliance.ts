import { SLA_TERM_KINDS } from '@shared/domain/agency-contracts';
import type { SlaCompliance, SlaItem } from '@shared/api/sla-schemas';
import type { CoreContext } from '../core-context';
import { getClient } from '../clients/client-service';
import { listSlaItems } from './sla-service';

type Counts = Pick<SlaCompliance, 'met' | 'breached' | 'waived' | 'pending' | 'rate'>;

/** met ÷ (met + breached): waived items are excused, open and paused ones not judged yet. */
export function complianceCounts(items: readonly Pick<SlaItem, 'status'>[]): Counts {
  const count = (statuses: readonly string[]) => items.filter((item) => statuses.includes(item.status)).length;
  const met = count(['met']);
  const breached = count(['breached']);
  return { met, breached, waived: count(['waived']), pending: count(['open', 'paused']), rate: met + breached > 0 ? met / (met + breached) : null };
}

/** SLA compliance of one client (or all) for the items due in a month, with the items behind it. */
export function slaCompliance(ctx: CoreContext, query: { clientId?: number; month: string }): SlaCompliance {
  if (query.clientId !== undefined) getClient(ctx, query.clientId);
  const items = listSlaItems(ctx, { clientId: query.clientId, month: query.month });
  const clients = new Map(items.map((item) => [item.clientId, item.clientName]));
  return {
    month: query.month,
    clientId: query.clientId ?? null,
    ...complianceCounts(items),
    byClient: [...clients]
      .sort(([, a], [, b]) => a.localeCompare(b))
      .map(([clientId, clientName]) => ({ clientId, clientName, ...complianceCounts(items.filter((item) => item.clientId === clientId)) })),
    byKind: SLA_TERM_KINDS.map((kind) => ({ kind, ...complianceCounts(items.filter((item) => item.kind === kind)) })).filter(
      (row) => row.met + row.breached + row.waived + row.pending > 0,
    ),
    items,
  };
}
