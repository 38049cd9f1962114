/** Calendar months ("2026-11") and days ("2026-11-20") as plain strings: they sort as they read. */

const DAY_MS = 86_400_000;

export interface MonthBounds {
  first: string;
  last: string;
  days: number;
}

export function monthBounds(month: string): MonthBounds {
  const [year, monthNumber] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year!, monthNumber!, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}`, days };
}

export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, monthNumber!, 1)).toISOString().slice(0, 7);
}

export function previousMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, monthNumber! - 2, 1)).toISOString().slice(0, 7);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Every month from `from` to `to`, both included; empty when `to` comes first. */
export function monthsFromTo(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}

/** Signed number of days from `from` to `to` (1 from one day to the next). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, daysBetween(from, to) + 1);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The later of two days, the earlier of two days (null meaning "no limit" for `earlier`). */
export const laterDay = (a: string, b: string): string => (a > b ? a : b);
export const earlierDay = (a: string, b: string | null): string => (b !== null && b < a ? b : a);
