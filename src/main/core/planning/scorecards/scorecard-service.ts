import { and, eq, gte, lte, or } from 'drizzle-orm';
import type { PlanningTarget, Scorecard } from '@shared/api/planning-schemas';
import { PLANNING_ROLES } from '@shared/domain/planning';
import type { CoreContext } from '../../core-context';
import { planningTargets } from '../../db/schema';
import { listPeople } from '../people/person-service';
import { describeTargets } from '../targets/target-rows';
import { parsePeriod } from '../targets/target-service';
import { weightedAttainment } from './attainment';

function score(targets: readonly PlanningTarget[]) {
  return weightedAttainment(targets.map((t) => ({ weight: t.weight, attainment: t.attainment })));
}

function entry(targets: PlanningTarget[]) {
  const { value, weightCounted, weightMissing } = score(targets);
  const part = (kind: PlanningTarget['kpiKind']) => {
    const s = score(targets.filter((t) => t.kpiKind === kind));
    return { score: s.value, weightCounted: s.weightCounted, weightMissing: s.weightMissing };
  };
  return { score: value, weightCounted, weightMissing, process: part('process'), result: part('result'), targets };
}

/**
 * Weighted attainment per person and per role over a period's targets (and the event days within
 * it), process and result KPIs apart, with the targets behind each number. A target counts for its
 * owner's current role; people without targets in the period are left out.
 */
export function scorecards(ctx: CoreContext, period: string): Scorecard {
  const bounds = parsePeriod(period);
  const rows = ctx.workspace.db
    .select()
    .from(planningTargets)
    .where(
      or(
        eq(planningTargets.period, bounds.period),
        bounds.kind === 'event'
          ? undefined
          : and(eq(planningTargets.periodKind, 'event'), gte(planningTargets.periodStart, bounds.start), lte(planningTargets.periodEnd, bounds.end)),
      ),
    )
    .all();
  const targets = describeTargets(ctx, rows);
  const people = listPeople(ctx, { includeArchived: true }).flatMap((person) => {
    const own = targets.filter((t) => t.ownerId === person.id);
    return own.length === 0 ? [] : [{ personId: person.id, name: person.name, role: person.role, ...entry(own) }];
  });
  const roles = PLANNING_ROLES.flatMap((role) => {
    const own = targets.filter((t) => t.ownerRole === role);
    return own.length === 0 ? [] : [{ role, ...entry(own) }];
  });
  return { period: bounds.period, people, roles, unowned: targets.filter((t) => t.ownerId === null) };
}
