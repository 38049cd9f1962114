import { and, gte, lte } from 'drizzle-orm';
import type { TargetReview } from '@shared/api/planning-schemas';
import { periodBounds, quarterOf } from '@shared/domain/planning';
import type { CoreContext } from '../../core-context';
import { planningTargets } from '../../db/schema';
import { describeTargets } from './target-rows';

/** Below 60 % of where it should be by now a target is far off: worth changing the plan or the target. */
export const FAR_OFF_PACE = 0.6;

/**
 * DOMAIN.md: targets are reviewed quarterly. Lists the quarter's targets (its own, its months' and
 * its event days') that are far off their pace or already beaten, far off first.
 */
export function targetReview(ctx: CoreContext, quarter?: string): TargetReview {
  const chosen = quarter ?? quarterOf(ctx.now().toISOString().slice(0, 10));
  const bounds = periodBounds(chosen)!;
  const rows = ctx.workspace.db
    .select()
    .from(planningTargets)
    .where(and(gte(planningTargets.periodStart, bounds.start), lte(planningTargets.periodEnd, bounds.end)))
    .all();
  const items: TargetReview['items'] = describeTargets(ctx, rows).flatMap((target): TargetReview['items'] => {
    if (target.attainment === null || target.pace === null) return [];
    if (target.attainment >= 1) return [{ reason: 'beaten', target }];
    if (target.pace < FAR_OFF_PACE) return [{ reason: 'far_off', target }];
    return [];
  });
  items.sort((a, b) => (a.reason === b.reason ? (a.target.pace ?? 0) - (b.target.pace ?? 0) : a.reason === 'far_off' ? -1 : 1));
  return { quarter: chosen, dueDate: bounds.end, items };
}
