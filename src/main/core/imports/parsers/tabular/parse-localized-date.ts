/** How to read a date that ends with its year (03/04/2026): month first (US) or day first. */
export type DateOrder = 'mdy' | 'dmy';

export type LocalizedDate = { ok: true; date: string } | { ok: false; reason: string; code: DateProblem };

/** Why a text is not a date, as a stable code for translated messages (the text itself is the only variable). */
export type DateProblem = 'empty_cell' | 'not_mdy_date' | 'invalid_date' | 'not_real_date';

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:$|\s)/;

/**
 * A calendar date as export tools write it, to YYYY-MM-DD: 2026-10-31, 2026/10/31, 2026.10.31,
 * 2026年10月31日, a timestamp's date part (2026-10-31T23:59Z: the date as written, no zone
 * shift, because a report's day belongs to its marketplace's zone), and dates that end with the
 * year. Those are month first (10/31/2026, the US order) unless `order` says day first, except
 * that dotted ones (31.10.2026) are always day first because nobody writes month.day.year.
 * Dates that do not exist (2026-02-30) are refused, never rolled over.
 */
export function parseLocalizedDate(input: string, order: DateOrder = 'mdy'): LocalizedDate {
  // NFKC folds full-width digits (２０２６年) that Japanese tools sometimes write.
  const text = /[^\x20-\x7e]/.test(input) ? input.normalize('NFKC').trim() : input.trim();
  if (text === '') return { ok: false, reason: 'it is empty', code: 'empty_cell' };
  const ymd = YEAR_FIRST.exec(text) ?? CJK.exec(text);
  if (ymd) return calendarDate(input, Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const yearLast = YEAR_LAST.exec(text);
  if (yearLast) {
    const [first, second] = [Number(yearLast[1]), Number(yearLast[3])];
    const dayFirst = yearLast[2] === '.' || order === 'dmy';
    const result = calendarDate(input, Number(yearLast[4]), dayFirst ? second : first, dayFirst ? first : second);
    if (!result.ok && !dayFirst && first > 12 && second <= 12) {
      return { ok: false, reason: `"${input}" is not a month/day/year date; if the file writes day/month/year, choose that date order`, code: 'not_mdy_date' };
    }
    return result;
  }
  return { ok: false, reason: `"${input}" is not a date; write it as YYYY-MM-DD`, code: 'invalid_date' };
}

function calendarDate(input: string, year: number, month: number, day: number): LocalizedDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = month >= 1 && month <= 12 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!exists) return { ok: false, reason: `"${input}" is not a real calendar date`, code: 'not_real_date' };
  return { ok: true, date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
