/** A calendar day (YYYY-MM-DD) as the UI language writes it; the day is the same in every zone. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A UTC timestamp in the user's own time zone. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Today in the user's zone as YYYY-MM-DD, the default start of a new target. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A file size with the unit the language uses (KB, MB; 千字节 in Chinese). */
export function formatBytes(bytes: number, language: string): string {
  const [unit, divisor] = bytes >= 1024 * 1024 ? (['megabyte', 1024 * 1024] as const) : bytes >= 1024 ? (['kilobyte', 1024] as const) : (['byte', 1] as const);
  // "226 byte" reads oddly; the long form says "226 bytes", "226字节", "226 バイト".
  const unitDisplay = unit === 'byte' ? 'long' : 'short';
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay, maximumFractionDigits: 1 }).format(bytes / divisor);
}
