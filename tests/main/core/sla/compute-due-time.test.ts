import { describe, expect, it } from 'vitest';
import { computeDueTime, computeWarnTime, type BusinessCalendar, type SlaClockSpec } from '../../../../src/main/core/sla/compute-due-time';
import { instantOfWallClock, wallClockAt } from '../../../../src/main/core/sla/zoned-time';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const LA_OFFICE: BusinessCalendar = { timeZone: 'America/Los_Angeles', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const TOKYO_OFFICE: BusinessCalendar = { timeZone: 'Asia/Tokyo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

function due(startedAt: string, hours: number, calendar: BusinessCalendar | null, pauses: [string, string][] = []): string {
  const spec: SlaClockSpec = { startedAt: at(startedAt), allowanceMinutes: hours * 60, calendar, pauses: pauses.map(([from, to]) => ({ from: at(from), to: at(to) })) };
  return iso(computeDueTime(spec));
}

describe('wall clocks in IANA zones', () => {
  it('reads a skipped time (02:30 on 2026-03-08 in Los Angeles) as just after the jump, 03:30 PDT', () => {
    expect(iso(instantOfWallClock('2026-03-08', 150, 'America/Los_Angeles'))).toBe('2026-03-08T10:30:00.000Z');
  });

  it('reads a repeated time (01:30 on 2026-11-01 in Los Angeles) as its first occurrence, still PDT', () => {
    expect(iso(instantOfWallClock('2026-11-01', 90, 'America/Los_Angeles'))).toBe('2026-11-01T08:30:00.000Z');
  });

  it('knows Tokyo has no daylight saving and Kolkata is half an hour off the hour', () => {
    expect(iso(instantOfWallClock('2026-07-01', 9 * 60, 'Asia/Tokyo'))).toBe('2026-07-01T00:00:00.000Z');
    expect(iso(instantOfWallClock('2026-07-01', 9 * 60, 'Asia/Kolkata'))).toBe('2026-07-01T03:30:00.000Z');
    expect(wallClockAt(at('2026-12-31T15:00:00Z'), 'Asia/Tokyo')).toEqual({ date: '2027-01-01', minuteOfDay: 0 });
  });
});

describe('due time on a calendar clock', () => {
  it('counts 24 elapsed hours across the spring change, so the wall clock reads an hour later (13:00 PDT)', () => {
    // 2026-03-07 12:00 PST + 24 h: the night of 03-08 is an hour short.
    expect(due('2026-03-07T20:00:00Z', 24, null)).toBe('2026-03-08T20:00:00.000Z');
    expect(wallClockAt(at('2026-03-08T20:00:00Z'), 'America/Los_Angeles').minuteOfDay).toBe(13 * 60);
  });

  it('counts 24 elapsed hours across the autumn change, so the wall clock reads an hour earlier (11:00 PST)', () => {
    expect(due('2026-10-31T19:00:00Z', 24, null)).toBe('2026-11-01T19:00:00.000Z');
    expect(wallClockAt(at('2026-11-01T19:00:00Z'), 'America/Los_Angeles').minuteOfDay).toBe(11 * 60);
  });

  it('adds paused time to the due time because a paused clock does not run', () => {
    expect(due('2026-11-20T10:00:00Z', 4, null, [['2026-11-20T11:00:00Z', '2026-11-20T13:00:00Z']])).toBe('2026-11-20T16:00:00.000Z');
  });

  it('ignores a pause that ended before the item started and merges overlapping pauses', () => {
    const pauses: [string, string][] = [
      ['2026-11-20T08:00:00Z', '2026-11-20T09:00:00Z'],
      ['2026-11-20T11:00:00Z', '2026-11-20T12:00:00Z'],
      ['2026-11-20T11:30:00Z', '2026-11-20T12:30:00Z'],
    ];
    expect(due('2026-11-20T10:00:00Z', 4, null, pauses)).toBe('2026-11-20T15:30:00.000Z');
  });

  it('warns "due soon" at 75 % of the allowance', () => {
    const spec: SlaClockSpec = { startedAt: at('2026-11-20T10:00:00Z'), allowanceMinutes: 240, calendar: null, pauses: [] };
    expect(iso(computeWarnTime(spec))).toBe('2026-11-20T13:00:00.000Z');
  });
});

describe('due time on business hours', () => {
  it('carries what is left on Friday evening to Monday morning in Tokyo', () => {
    // Fri 2026-11-20 17:30 JST + 4 business hours: 30 min on Friday, 3 h 30 on Monday → 12:30 JST.
    expect(due('2026-11-20T08:30:00Z', 4, TOKYO_OFFICE)).toBe('2026-11-23T03:30:00.000Z');
  });

  it('starts counting at the next opening when the event happens at the weekend', () => {
    // Sat 2026-11-21 10:00 JST → Mon 09:00 + 2 h.
    expect(due('2026-11-21T01:00:00Z', 2, TOKYO_OFFICE)).toBe('2026-11-23T02:00:00.000Z');
  });

  it('keeps 09:00 as 09:00 across the spring change in Los Angeles (PST Friday, PDT Monday)', () => {
    // Fri 2026-03-06 17:00 PST + 2 business hours: 17:00–18:00 PST, then Mon 03-09 09:00–10:00 PDT.
    expect(due('2026-03-07T01:00:00Z', 2, LA_OFFICE)).toBe('2026-03-09T17:00:00.000Z');
  });

  it('keeps 18:00 as 18:00 across the autumn change in Los Angeles (PDT Friday, PST Monday)', () => {
    // Fri 2026-10-30 09:00 PDT + 18 business hours: all of Friday, all of Monday 11-02 → 18:00 PST.
    expect(due('2026-10-30T16:00:00Z', 18, LA_OFFICE)).toBe('2026-11-03T02:00:00.000Z');
  });

  it('counts the 23-hour day of the spring change as 23 hours on a round-the-clock calendar', () => {
    const everyHour: BusinessCalendar = { timeZone: 'America/Los_Angeles', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };
    // Sun 2026-03-08 00:00 PST + 24 h: the day ends at 07:00Z on the 9th, one more hour → 01:00 PDT.
    expect(due('2026-03-08T08:00:00Z', 24, everyHour)).toBe('2026-03-09T08:00:00.000Z');
  });

  it('does not count a pause that spans the night twice: only the business hours within it', () => {
    // Mon 2026-11-23 17:00 JST, 3 business hours, paused from Mon 17:30 to Tue 10:00 JST:
    // 30 min Monday, then from Tue 10:00 the remaining 2 h 30 → 12:30 JST.
    expect(due('2026-11-23T08:00:00Z', 3, TOKYO_OFFICE, [['2026-11-23T08:30:00Z', '2026-11-24T01:00:00Z']])).toBe('2026-11-24T03:30:00.000Z');
  });

  it('counts an evening in Los Angeles that is already the next day in Tokyo on the Los Angeles calendar', () => {
    // Thu 2026-11-19 17:00 PST = Fri 10:00 JST: one LA business hour left on Thursday.
    expect(due('2026-11-20T01:00:00Z', 2, LA_OFFICE)).toBe('2026-11-20T18:00:00.000Z');
  });
});
