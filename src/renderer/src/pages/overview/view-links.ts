import type { MetricStatus } from '@shared/api/kpi-schemas';

/** The matrix narrowed to stores whose worst status is `status` (the matrix reads `status` from its URL). */
export function matrixHref(status: MetricStatus): string {
  return `/matrix?${new URLSearchParams({ status }).toString()}`;
}

/** A store's page, optionally on one metric up to a day (the store page reads `metric` and `date`, the day the alert fired). */
export function storeHref(storeId: number, focus: { metric?: string; date?: string | null } = {}): string {
  const params = new URLSearchParams();
  if (focus.metric) params.set('metric', focus.metric);
  if (focus.date) params.set('date', focus.date);
  const query = params.toString();
  return query ? `/stores/${storeId}?${query}` : `/stores/${storeId}`;
}
