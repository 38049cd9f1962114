import { ALERT_KINDS, ALERT_LIST_STATUSES, ALERT_SEVERITIES, type AlertKind, type AlertSeverity } from '@shared/api/alert-schemas';
import type { ProcedureInput } from '@shared/api/contract';

export type AlertStatusFilter = (typeof ALERT_LIST_STATUSES)[number];

/** What the inbox shows; it lives in the URL so the overview and the store page can link to it. */
export interface AlertFilters {
  status: AlertStatusFilter;
  storeId?: number;
  clientId?: number;
  metricKey?: string;
  kind?: AlertKind;
  severity?: AlertSeverity;
  /** An assignee's name, or "" for alerts nobody is assigned to. */
  assignee?: string;
  /** Snoozed alerts stay out of the open lists unless asked for. */
  showSnoozed: boolean;
}

export const DEFAULT_ALERT_FILTERS: AlertFilters = { status: 'open', showSnoozed: false };

/** The URL query parameter of each filter. */
const PARAM = {
  status: 'status',
  storeId: 'store',
  clientId: 'client',
  metricKey: 'metric',
  kind: 'kind',
  severity: 'severity',
  assignee: 'assignee',
  showSnoozed: 'snoozed',
} as const satisfies Record<keyof AlertFilters, string>;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function positiveId(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 && Number.isSafeInteger(id) ? id : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads the filters from a URL query; values that make no sense (a hand-edited link) are dropped. */
export function parseAlertFilters(params: URLSearchParams): AlertFilters {
  const assignee = params.get(PARAM.assignee);
  return {
    status: oneOf(ALERT_LIST_STATUSES, params.get(PARAM.status)) ?? DEFAULT_ALERT_FILTERS.status,
    storeId: positiveId(params.get(PARAM.storeId)),
    clientId: positiveId(params.get(PARAM.clientId)),
    metricKey: text(params.get(PARAM.metricKey)),
    kind: oneOf(ALERT_KINDS, params.get(PARAM.kind)),
    severity: oneOf(ALERT_SEVERITIES, params.get(PARAM.severity)),
    // "?assignee=" (present and empty) asks for the unassigned alerts.
    assignee: assignee === null ? undefined : assignee.trim(),
    showSnoozed: params.get(PARAM.showSnoozed) === '1',
  };
}

/** Writes the filters into a copy of `current`, leaving its other parameters (the open alert) alone. */
export function writeAlertFilters(filters: AlertFilters, current: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | undefined) => (value === undefined ? next.delete(key) : next.set(key, value));
  set(PARAM.status, filters.status === DEFAULT_ALERT_FILTERS.status ? undefined : filters.status);
  set(PARAM.storeId, filters.storeId?.toString());
  set(PARAM.clientId, filters.clientId?.toString());
  set(PARAM.metricKey, filters.metricKey);
  set(PARAM.kind, filters.kind);
  set(PARAM.severity, filters.severity);
  set(PARAM.assignee, filters.assignee);
  set(PARAM.showSnoozed, filters.showSnoozed ? '1' : undefined);
  return next;
}

/** A link to the inbox with these filters, e.g. from an overview count. */
export function alertsHref(filters: Partial<AlertFilters>): string {
  const query = writeAlertFilters({ ...DEFAULT_ALERT_FILTERS, ...filters }).toString();
  return query ? `/alerts?${query}` : '/alerts';
}

/** Snoozing only hides alerts that are still to be dealt with; resolved ones are shown as they are. */
export function snoozeFilterApplies(status: AlertStatusFilter): boolean {
  return status === 'open' || status === 'acknowledged';
}

/** The `alerts.list` input for these filters. */
export function alertListInput(filters: AlertFilters): NonNullable<ProcedureInput<'alerts.list'>> {
  return {
    status: filters.status,
    storeId: filters.storeId,
    clientId: filters.clientId,
    metricKey: filters.metricKey,
    kind: filters.kind,
    severity: filters.severity,
    assignee: filters.assignee,
    hideSnoozed: snoozeFilterApplies(filters.status) && !filters.showSnoozed,
  };
}

/** True when something narrows the list beyond the default "open" view. */
export function narrowsList(filters: AlertFilters): boolean {
  return (
    filters.storeId !== undefined ||
    filters.clientId !== undefined ||
    filters.metricKey !== undefined ||
    filters.kind !== undefined ||
    filters.severity !== undefined ||
    filters.assignee !== undefined
  );
}
