const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Largest unit first: an alert 40 days old reads "last month", not "40 days ago". */
const STEPS: readonly { unit: Intl.RelativeTimeFormatUnit; size: number; from: number }[] = [
  { unit: 'year', size: 365 * DAY, from: 365 * DAY },
  { unit: 'month', size: 30 * DAY, from: 60 * DAY },
  { unit: 'week', size: 7 * DAY, from: 14 * DAY },
  { unit: 'day', size: DAY, from: DAY },
  { unit: 'hour', size: HOUR, from: HOUR },
  { unit: 'minute', size: MINUTE, from: MINUTE },
];

/**
 * How long an alert has waited, as the language says it ("3 days ago", "3天前", "3 日前").
 * Whole units, rounded down: an alert is not "2 days" old until two days have passed. A time
 * slightly in the future (clocks differ) reads as "now".
 */
export function formatAlertAge(openedAt: string, now: Date, language: string): string {
  const opened = new Date(openedAt).getTime();
  if (Number.isNaN(opened)) return openedAt;
  const elapsed = Math.max(0, now.getTime() - opened);
  const step = STEPS.find((candidate) => elapsed >= candidate.from);
  // "auto" words the present ("now", "现在"); counts stay numeric ("1 day ago", not "yesterday",
  // which would be wrong for an alert opened 25 hours ago late in the evening).
  if (!step) return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(0, 'second');
  return new Intl.RelativeTimeFormat(language, { numeric: 'always' }).format(-Math.floor(elapsed / step.size), step.unit);
}
