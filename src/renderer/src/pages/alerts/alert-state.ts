import type { Alert } from '@shared/api/alert-schemas';

export type AlertState = 'open' | 'acknowledged' | 'snoozed' | 'resolved';

/**
 * Where an alert stands for the person working the inbox. A snooze lasts through its day
 * (the list hides it while `snoozedUntil` is today or later), so it wins over acknowledged.
 */
export function alertState(alert: Pick<Alert, 'status' | 'snoozedUntil' | 'resolvedAt'>, today: string): AlertState {
  if (alert.resolvedAt !== null || alert.status === 'resolved') return 'resolved';
  if (alert.snoozedUntil !== null && alert.snoozedUntil >= today) return 'snoozed';
  return alert.status === 'acknowledged' ? 'acknowledged' : 'open';
}

/** The calendar day after `day` (YYYY-MM-DD): the first day a snooze may end on when `day` is today. */
export function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
