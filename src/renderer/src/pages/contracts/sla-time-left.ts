/** Hours and minutes between now and a due time: "in 3 h 20 min" or "5 h ago". */
export function timeLeftParts(dueAt: string, now: Date): { overdue: boolean; hours: number; minutes: number } {
  const diffMinutes = Math.round((Date.parse(dueAt) - now.getTime()) / 60_000);
  const absolute = Math.abs(diffMinutes);
  return { overdue: diffMinutes < 0, hours: Math.floor(absolute / 60), minutes: absolute % 60 };
}
