import { describe, expect, it } from 'vitest';
import { parseLocalizedDate } from '../../../../../../src/main/core/imports/parsers/tabular/parse-localized-date';

const date = (text: string, order?: 'mdy' | 'dmy') => {
  const parsed = parseLocalizedDate(text, order);
  return parsed.ok ? parsed.date : parsed.reason;
};

describe('parseLocalizedDate', () => {
  it('reads year-first dates with dashes, slashes or dots, padded or not', () => {
    expect(date('2026-10-31')).toBe('2026-10-31');
    expect(date('2026/10/31')).toBe('2026-10-31');
    expect(date('2026/1/5')).toBe('2026-01-05');
    expect(date('2026.10.31')).toBe('2026-10-31');
  });

  it('reads 2026年10月31日, also with full-width digits', () => {
    expect(date('2026年10月31日')).toBe('2026-10-31');
    expect(date('２０２６年１０月３１日')).toBe('2026-10-31');
  });

  it('takes the date part of a timestamp as written, without shifting zones', () => {
    expect(date('2026-10-31T23:59Z')).toBe('2026-10-31');
    expect(date('2026-10-31 10:00:00')).toBe('2026-10-31');
  });

  it('reads year-last slash dates in US order unless told day first', () => {
    expect(date('10/31/2026')).toBe('2026-10-31');
    expect(date('03/04/2026')).toBe('2026-03-04');
    expect(date('03/04/2026', 'dmy')).toBe('2026-04-03');
  });

  it('reads dotted year-last dates day first, the only way they are written', () => {
    expect(date('31.10.2026')).toBe('2026-10-31');
  });

  it('suggests the day-first order for 31/10/2026 instead of guessing', () => {
    expect(date('31/10/2026')).toBe('"31/10/2026" is not a month/day/year date; if the file writes day/month/year, choose that date order');
  });

  it('refuses dates that do not exist rather than rolling them over', () => {
    expect(date('2026-02-30')).toBe('"2026-02-30" is not a real calendar date');
    expect(date('2026-13-01')).toBe('"2026-13-01" is not a real calendar date');
    expect(date('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses what is not a date', () => {
    expect(date('20261031')).toBe('"20261031" is not a date; write it as YYYY-MM-DD');
    expect(date('2026-10-31x')).toBe('"2026-10-31x" is not a date; write it as YYYY-MM-DD');
    expect(date(' ')).toBe('it is empty');
  });
});
