/** The last `count` calendar months before the current one, newest first ("2026-10"): reviews look back. */
export function reviewMonths(today: Date, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(today.getFullYear(), today.getMonth() - 1 - i, 1)).toISOString().slice(0, 7));
}

export function formatReviewMonth(month: string, language: string): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
