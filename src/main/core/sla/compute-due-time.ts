import { SLA_DUE_SOON_FRACTION } from '@shared/domain/agency-contracts';
import { instantOfWallClock, isoWeekday, nextDate, wallClockAt } from './zoned-time';

const MINUTE_MS = 60_000;
/** A guard, not a limit anyone meets: 720 h of a one-hour-a-week calendar is ~14 years of days. */
const MAX_DAYS = 40_000;

/** The hours a business clock counts: ISO weekdays (1 = Monday) from `start` to `end` ("09:00"–"18:00") in `timeZone`. */
export interface BusinessCalendar {
  timeZone: string;
  days: readonly number[];
  start: string;
  end: string;
}

/** A stretch the clock stood still, epoch milliseconds; an open pause is passed as ending "now". */
export interface PauseInterval {
  from: number;
  to: number;
}

export interface SlaClockSpec {
  /** When the event happened, epoch ms. */
  startedAt: number;
  /** Time allowed, in minutes the clock counts. */
  allowanceMinutes: number;
  /** Null: every minute counts (a calendar clock, where 24 h is 24 elapsed hours, daylight saving or not). */
  calendar: BusinessCalendar | null;
  pauses: readonly PauseInterval[];
}

function minutesOfClockTime(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/**
 * The stretches a clock counts from `from` on, in order: everything, or each working day's
 * business hours as wall-clock times in the zone (so a day keeps 09:00–18:00 across a daylight
 * saving change, and a 24-hour working day on the change has 23 or 25 hours).
 */
function* countedWindows(from: number, calendar: BusinessCalendar | null): Generator<[number, number]> {
  if (!calendar) {
    yield [from, Infinity];
    return;
  }
  const startMinute = minutesOfClockTime(calendar.start);
  const endMinute = minutesOfClockTime(calendar.end);
  let date = wallClockAt(from, calendar.timeZone).date;
  for (let day = 0; day < MAX_DAYS; day++, date = nextDate(date)) {
    if (!calendar.days.includes(isoWeekday(date))) continue;
    const opens = instantOfWallClock(date, startMinute, calendar.timeZone);
    const closes = instantOfWallClock(date, endMinute, calendar.timeZone);
    if (closes > from) yield [Math.max(opens, from), closes];
  }
  throw new Error(`the business calendar counts no time within ${MAX_DAYS} days`);
}

/** [from, to] with the pauses cut out. */
function withoutPauses(from: number, to: number, pauses: readonly PauseInterval[]): [number, number][] {
  const pieces: [number, number][] = [];
  let cursor = from;
  for (const pause of pauses) {
    if (pause.to <= cursor || pause.from >= to) continue;
    if (pause.from > cursor) pieces.push([cursor, pause.from]);
    cursor = Math.max(cursor, pause.to);
    if (cursor >= to) return pieces;
  }
  pieces.push([cursor, to]);
  return pieces;
}

/** The instant `minutes` of counted time have passed since the start, pauses left out. */
function instantAfterCountedMinutes(spec: SlaClockSpec, minutes: number): number {
  const pauses = [...spec.pauses].sort((a, b) => a.from - b.from);
  let remaining = minutes * MINUTE_MS;
  for (const [from, to] of countedWindows(spec.startedAt, spec.calendar)) {
    for (const [start, end] of withoutPauses(from, to, pauses)) {
      if (end - start >= remaining) return start + remaining;
      remaining -= end - start;
    }
  }
  throw new Error('unreachable: countedWindows ends in a throw or an endless window');
}

/** When the item is due: start + allowance, counting only the clock's hours and none of the paused time. */
export function computeDueTime(spec: SlaClockSpec): number {
  return instantAfterCountedMinutes(spec, spec.allowanceMinutes);
}

/** When the item turns "due soon": once 75 % of its allowance has been counted. */
export function computeWarnTime(spec: SlaClockSpec): number {
  return instantAfterCountedMinutes(spec, spec.allowanceMinutes * SLA_DUE_SOON_FRACTION);
}
