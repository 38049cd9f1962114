/** ISO weekdays, 1 = Monday, as business hours store them. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function asWeekday(day: number): Weekday {
  return WEEKDAYS.find((candidate) => candidate === day) ?? 1;
}
