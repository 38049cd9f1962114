/**
 * Wall-clock arithmetic in IANA time zones with nothing but Intl: the runtime's ICU knows every
 * zone's offsets and daylight saving rules, so no time zone library is needed.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // h23, not hour12: false, which some ICU versions answer with "24" at midnight.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since the local midnight. */
  minuteOfDay: number;
}

function wallParts(instant: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** The zone's offset from UTC at an instant, in milliseconds (Tokyo +9 h, Los Angeles −8 h or −7 h). */
function offsetAt(instant: number, timeZone: string): number {
  const p = wallParts(instant, timeZone);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The local date and time of an instant in a zone. */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const p = wallParts(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.year}-${pad(p.month!)}-${pad(p.day!)}`, minuteOfDay: p.hour! * 60 + p.minute! };
}

/**
 * The instant a local date and time happen in a zone. A time the clocks skip (02:30 when they
 * jump to 03:00) is read with the offset before the jump, so it lands just after it; a time that
 * happens twice (01:30 when they fall back) is its first occurrence — Temporal's "compatible".
 * `minuteOfDay` may be 1440: the next midnight.
 */
export function instantOfWallClock(date: string, minuteOfDay: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minuteOfDay * MINUTE_MS;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((instant) => instant + offsetAt(instant, timeZone) === wall);
  return candidates.length > 0 ? Math.min(...candidates) : wall - before;
}

/** The calendar day after `date` (YYYY-MM-DD). */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
