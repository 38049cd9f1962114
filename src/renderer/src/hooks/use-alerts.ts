import type { ProcedureInput } from '@shared/api/contract';
import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

/** An alert action changes the inbox and the overview's counts. */
const ALERT_KEYS = [queryKeys.alerts, queryKeys.overview] as const;

export const useAlerts = (input: ProcedureInput<'alerts.list'>) => useInvokeQuery(queryKeys.alertList(input), 'alerts.list', input);

// Kept under the `alerts` key so every alert change refreshes the open drawer too.
export const useAlert = (id: number | null) =>
  useInvokeQuery([...queryKeys.alerts, 'detail', id], 'alerts.get', { id: id ?? 0 }, { enabled: id !== null });

export const useAlertHistory = (id: number | null) =>
  useInvokeQuery([...queryKeys.alerts, 'history', id], 'alerts.history', { id: id ?? 0 }, { enabled: id !== null });

const OPEN_CRITICAL: ProcedureInput<'alerts.list'> = { status: 'open', severity: 'critical' };

/** Open critical alerts not snoozed, for the navigation badge; undefined until known. */
export function useOpenCriticalCount(): number | undefined {
  return useAlerts(OPEN_CRITICAL).data?.length;
}

export const useAcknowledgeAlert = () => useInvokeMutation('alerts.acknowledge', ALERT_KEYS);
export const useAssignAlert = () => useInvokeMutation('alerts.assign', ALERT_KEYS);
export const useSnoozeAlert = () => useInvokeMutation('alerts.snooze', ALERT_KEYS);
export const useCommentAlert = () => useInvokeMutation('alerts.comment', ALERT_KEYS);
export const useResolveAlert = () => useInvokeMutation('alerts.resolve', ALERT_KEYS);
export const useBulkAlertAction = () => useInvokeMutation('alerts.bulk', ALERT_KEYS);
