import { eq, inArray } from 'drizzle-orm';
import { AppError, type FieldIssue } from '@shared/api/app-error';
import type { Alert, BulkAlertAction } from '@shared/api/alert-schemas';
import type { CoreContext } from '../core-context';
import { alertEvents, alerts } from '../db/schema';
import { invalidField, notFound } from '../errors';
import { closeAlertAcknowledgeItems } from '../sla/sla-event-hooks';
import { selectAlerts } from './alert-service';

/** What a user can do to alerts: the bulk actions, plus a comment (one alert at a time). */
export type AlertAction = BulkAlertAction['action'] | { type: 'comment'; note: string };

type AlertChange = Partial<typeof alerts.$inferInsert>;

interface ActionPlan {
  /** The alert_events action recorded for each alert. */
  event: string;
  note: string | null;
  /** Only comments may be added to a resolved alert: its history stays open to notes. */
  allowedOnResolved: boolean;
  change(alert: Alert): AlertChange;
}

/** `at` is the action's time (ISO): a snooze must end after its day. */
function planAction(action: AlertAction, at: string): ActionPlan {
  switch (action.type) {
    case 'acknowledge':
      // The first acknowledgement is the one an SLA ("acknowledged within N hours") is judged by.
      return {
        event: 'acknowledged',
        note: action.note ?? null,
        allowedOnResolved: false,
        change: (alert) => ({ status: 'acknowledged', acknowledgedAt: alert.acknowledgedAt ?? at }),
      };
    case 'assign':
      return { event: 'assigned', note: action.assignee, allowedOnResolved: false, change: () => ({ assignee: action.assignee }) };
    case 'snooze':
      if (action.until <= at.slice(0, 10)) throw invalidField('until', 'not_future', 'must be a day after today');
      return { event: 'snoozed', note: action.note ?? action.until, allowedOnResolved: false, change: () => ({ snoozedUntil: action.until }) };
    case 'comment':
      return { event: 'commented', note: action.note, allowedOnResolved: true, change: () => ({}) };
    case 'resolve':
      return { event: 'resolved', note: action.note ?? null, allowedOnResolved: false, change: () => ({ status: 'resolved', resolvedAt: at }) };
  }
}

function missingAlerts(ids: readonly number[]): AppError {
  if (ids.length === 1) return notFound('Alert', ids[0]!);
  return new AppError('not_found', `Alerts ${ids.join(', ')} do not exist`, { entity: 'Alert', ids: [...ids] });
}

function refused(issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
}

/**
 * Applies one action to every alert in `ids`, all or nothing, in one transaction: an unknown id
 * or an alert the action is not allowed on refuses the whole batch, naming each offender
 * (`fieldOf(index)` is the input field of the id, "id" or "ids.3"). Every alert gets its own
 * alert_events entry (time, actor, note): that history is the alerts' audit trail.
 * Answers the alerts as they are now, in the order of `ids`, each once.
 */
export function actOnAlerts(
  ctx: CoreContext,
  ids: readonly number[],
  action: AlertAction,
  fieldOf: (index: number) => string,
): Alert[] {
  const at = ctx.now().toISOString();
  const plan = planAction(action, at);
  const unique = [...new Set(ids)];
  const { db, sqlite } = ctx.workspace;
  const load = () => new Map((selectAlerts(ctx).where(inArray(alerts.id, unique)).all() as Alert[]).map((a) => [a.id, a]));

  return sqlite.transaction(() => {
    const found = load();
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0) throw missingAlerts(missing);
    const issues = plan.allowedOnResolved
      ? []
      : unique.flatMap((id) =>
          found.get(id)!.resolvedAt ? [{ field: fieldOf(ids.indexOf(id)), code: 'resolved', message: `alert ${id} is already resolved` }] : [],
        );
    if (issues.length > 0) throw refused(issues);

    for (const id of unique) {
      const change = plan.change(found.get(id)!);
      if (Object.keys(change).length > 0) db.update(alerts).set(change).where(eq(alerts.id, id)).run();
    }
    db.insert(alertEvents).values(unique.map((alertId) => ({ alertId, at, actor: ctx.actor, action: plan.event, note: plan.note }))).run();
    // Acknowledging stops an SLA clock; resolving by hand implies the alert was seen.
    if (action.type === 'acknowledge' || action.type === 'resolve') unique.forEach((id) => closeAlertAcknowledgeItems(ctx, id, at));
    const after = load();
    return unique.map((id) => after.get(id)!);
  })();
}

function actOnAlert(ctx: CoreContext, id: number, action: AlertAction): Alert {
  return actOnAlerts(ctx, [id], action, () => 'id')[0]!;
}

export const alertActions = {
  acknowledge: (ctx: CoreContext, id: number, note?: string) => actOnAlert(ctx, id, { type: 'acknowledge', note }),
  assign: (ctx: CoreContext, id: number, assignee: string) => actOnAlert(ctx, id, { type: 'assign', assignee }),
  snooze: (ctx: CoreContext, id: number, until: string, note?: string) => actOnAlert(ctx, id, { type: 'snooze', until, note }),
  comment: (ctx: CoreContext, id: number, note: string) => actOnAlert(ctx, id, { type: 'comment', note }),
  resolve: (ctx: CoreContext, id: number, note?: string) => actOnAlert(ctx, id, { type: 'resolve', note }),
  bulk: (ctx: CoreContext, input: BulkAlertAction) => actOnAlerts(ctx, input.ids, input.action, (index) => `ids.${index}`),
};
