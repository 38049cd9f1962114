import { dayNumber } from '../kpi/compute-trend';

const DAY_MS = 86_400_000;

/** The day `days` after (or before, if negative) an ISO date, as YYYY-MM-DD. */
export function shiftDay(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day it is at `instant` in a time zone (a store's business day), as YYYY-MM-DD. */
export function dayInZone(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
