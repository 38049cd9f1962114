import type { ContractLifecycle } from '@shared/domain/agency-contracts';
import { addDays, daysBetween, monthBounds } from './calendar-months';

export interface ContractPeriod {
  startDate: string;
  endDate: string | null;
  renewalReminderDays: number;
  noticePeriodDays: number | null;
  archivedAt: string | null;
}

export interface LifecycleFacts {
  lifecycle: ContractLifecycle;
  daysToEnd: number | null;
  noticeDeadline: string | null;
}

/** Whether the contract runs on `day` (YYYY-MM-DD in its zone): archived contracts run on no day. */
export function isActiveOn(period: Pick<ContractPeriod, 'startDate' | 'endDate' | 'archivedAt'>, day: string): boolean {
  return period.archivedAt === null && period.startDate <= day && (period.endDate === null || day <= period.endDate);
}

/** Whether the contract runs on at least one day of the month. */
export function runsDuring(period: Pick<ContractPeriod, 'startDate' | 'endDate' | 'archivedAt'>, month: string): boolean {
  const { first, last } = monthBounds(month);
  return period.archivedAt === null && period.startDate <= last && (period.endDate === null || period.endDate >= first);
}

/**
 * Where a contract stands on `today` (its own zone): "renewal_due" from `renewalReminderDays`
 * before the end (or before the notice deadline, when that comes first), "expired" after it.
 */
export function contractLifecycle(period: ContractPeriod, today: string): LifecycleFacts {
  const daysToEnd = period.endDate === null ? null : daysBetween(today, period.endDate);
  const noticeDeadline = period.endDate !== null && period.noticePeriodDays !== null ? addDays(period.endDate, -period.noticePeriodDays) : null;
  const facts = { daysToEnd, noticeDeadline };
  if (period.archivedAt !== null) return { lifecycle: 'archived', ...facts };
  if (today < period.startDate) return { lifecycle: 'upcoming', ...facts };
  if (period.endDate === null) return { lifecycle: 'active', ...facts };
  if (today > period.endDate) return { lifecycle: 'expired', ...facts };
  const remindFrom = addDays(noticeDeadline !== null && noticeDeadline < period.endDate ? noticeDeadline : period.endDate, -period.renewalReminderDays);
  return { lifecycle: today >= remindFrom ? 'renewal_due' : 'active', ...facts };
}
