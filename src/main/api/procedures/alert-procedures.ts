import { alertActions } from '../../core/alerts/alert-actions';
import { alertHistory, getAlert, listAlerts } from '../../core/alerts/alert-service';
import { changed, type ProcedureTable } from '../procedure-table';

type AlertProcedure =
  | 'alerts.list'
  | 'alerts.get'
  | 'alerts.history'
  | 'alerts.acknowledge'
  | 'alerts.assign'
  | 'alerts.snooze'
  | 'alerts.comment'
  | 'alerts.resolve'
  | 'alerts.bulk';

export const alertProcedures: ProcedureTable<AlertProcedure> = {
  'alerts.list': (ctx, input) => listAlerts(ctx, input ?? {}),
  'alerts.get': (ctx, { id }) => getAlert(ctx, id),
  'alerts.history': (ctx, { id }) => alertHistory(ctx, id),
  'alerts.acknowledge': (ctx, { id, note }) => changed(ctx, 'alerts', alertActions.acknowledge(ctx, id, note)),
  'alerts.assign': (ctx, { id, assignee }) => changed(ctx, 'alerts', alertActions.assign(ctx, id, assignee)),
  'alerts.snooze': (ctx, { id, until, note }) => changed(ctx, 'alerts', alertActions.snooze(ctx, id, until, note)),
  'alerts.comment': (ctx, { id, note }) => changed(ctx, 'alerts', alertActions.comment(ctx, id, note)),
  'alerts.resolve': (ctx, { id, note }) => changed(ctx, 'alerts', alertActions.resolve(ctx, id, note)),
  'alerts.bulk': (ctx, input) => changed(ctx, 'alerts', alertActions.bulk(ctx, input)),
};
