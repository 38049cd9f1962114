import { slaCompliance } from '../../core/sla/sla-compliance';
import { refreshSlaItems } from '../../core/sla/sla-refresh';
import { answerClientRequest, listSlaItems, logClientRequest, slaItemActions, slaItemDetail, slaItemHistory } from '../../core/sla/sla-service';
import type { CoreContext } from '../../core/core-context';
import { changed, type ProcedureTable } from '../procedure-table';

type SlaProcedure =
  | 'sla.list'
  | 'sla.get'
  | 'sla.history'
  | 'sla.refresh'
  | 'sla.logRequest'
  | 'sla.answerRequest'
  | 'sla.pause'
  | 'sla.resume'
  | 'sla.waive'
  | 'sla.compliance';

/** An SLA change may open or resolve an "sla_breach" alert: the inbox hears of it too. */
function slaChanged<T>(ctx: CoreContext, result: T): T {
  return changed(ctx, 'alerts', changed(ctx, 'sla', result));
}

// Reads bring the clock up to now (opening month reviews, breaching what is past due) without
// announcing it: a change event on every read would make screens that refetch on it loop.
export const slaProcedures: ProcedureTable<SlaProcedure> = {
  'sla.list': (ctx, input) => listSlaItems(ctx, input ?? {}),
  'sla.get': (ctx, { id }) => slaItemDetail(ctx, id),
  'sla.history': (ctx, { id }) => slaItemHistory(ctx, id),
  'sla.refresh': (ctx) => {
    const result = refreshSlaItems(ctx);
    return result.opened + result.breached > 0 ? slaChanged(ctx, result) : result;
  },
  'sla.logRequest': (ctx, input) => slaChanged(ctx, logClientRequest(ctx, input)),
  'sla.answerRequest': (ctx, input) => slaChanged(ctx, answerClientRequest(ctx, input)),
  'sla.pause': (ctx, { id, reason }) => slaChanged(ctx, slaItemActions.pause(ctx, id, reason)),
  'sla.resume': (ctx, { id }) => slaChanged(ctx, slaItemActions.resume(ctx, id)),
  'sla.waive': (ctx, { id, reason }) => slaChanged(ctx, slaItemActions.waive(ctx, id, reason)),
  'sla.compliance': (ctx, input) => slaCompliance(ctx, input),
};
