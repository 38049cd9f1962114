import type { TargetStatus } from '@shared/domain/planning';
import type { Direction } from '@shared/metrics/metric-definition';
import { daysBetween } from '../../contracts/calendar-months';
import { meetsTarget } from '../../contracts/target-progress';
import { attainment } from '../scorecards/attainment';
import type { PeriodValue } from './period-value';

export interface TargetJudgement {
  attainment: number | null;
  /**
   * Attainment against where a summed target should be by today (half of a month's GMV at mid-month
   * is on pace: 1); for other targets the attainment itself. Null without data.
   */
  pace: number | null;
  status: TargetStatus;
}

export interface TargetFacts {
  today: string;
  periodStart: string;
  periodEnd: string;
  actual: number | null;
  method: PeriodValue['method'];
  targetValue: number;
  direction: Direction;
}

/** Where a period target stands today; a sum that reached its target stays achieved, since it can only grow. */
export function judgeTarget(facts: TargetFacts): TargetJudgement {
  const { today, periodStart, periodEnd, actual, targetValue, direction } = facts;
  if (today < periodStart) return { attainment: null, pace: null, status: 'upcoming' };
  const share = attainment(actual, targetValue, direction);
  if (actual === null || share === null) return { attainment: null, pace: null, status: 'no_data' };
  const over = today > periodEnd;
  const meets = meetsTarget(actual, targetValue, direction);
  if (facts.method !== 'sum') {
    return { attainment: share, pace: share, status: meets ? (over ? 'achieved' : 'on_track') : over ? 'missed' : 'behind' };
  }
  const elapsed = (daysBetween(periodStart, over ? periodEnd : today) + 1) / (daysBetween(periodStart, periodEnd) + 1);
  const pace = share / elapsed;
  if (meets) return { attainment: share, pace, status: 'achieved' };
  if (over) return { attainment: share, pace, status: 'missed' };
  return { attainment: share, pace, status: pace >= 1 ? 'on_track' : 'behind' };
}
