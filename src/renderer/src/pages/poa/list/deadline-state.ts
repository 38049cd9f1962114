import type { PoaStatus } from '@shared/domain/poa';

export type DeadlineTone = 'overdue' | 'today' | 'soon' | 'later';

export interface DeadlineState {
  tone: DeadlineTone;
  /** Whole days from today to the deadline: negative once it has passed. */
  days: number;
}

/** Two days or less reads as urgent: an appeal needs a review before it is sent. */
export const SOON_DAYS = 2;

/** Once submitted the clock stops: the platform has the plan, and a decided case waits for nobody. */
export function deadlineRuns(status: PoaStatus): boolean {
  return status === 'draft' || status === 'internal_review' || status === 'more_info_requested';
}

const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/**
 * How close a case's last day to answer is, counted in calendar days from `today` (both
 * YYYY-MM-DD); null when there is no deadline or its clock no longer runs.
 */
export function deadlineState(deadline: string | null, today: string, status: PoaStatus): DeadlineState | null {
  if (deadline === null || !deadlineRuns(status)) return null;
  const days = dayNumber(deadline) - dayNumber(today);
  if (Number.isNaN(days)) return null;
  const tone: DeadlineTone = days < 0 ? 'overdue' : days === 0 ? 'today' : days <= SOON_DAYS ? 'soon' : 'later';
  return { tone, days };
}
