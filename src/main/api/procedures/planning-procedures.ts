import { decideExperiment, createExperiment, listExperiments } from '../../core/planning/experiments/experiment-service';
import { archivePerson, createPerson, listPeople, updatePerson } from '../../core/planning/people/person-service';
import { recoveryCandidates, recoveryPlan } from '../../core/planning/recovery/recovery-service';
import { scorecards } from '../../core/planning/scorecards/scorecard-service';
import { listTargets, removeTarget, setTarget } from '../../core/planning/targets/target-service';
import { targetReview } from '../../core/planning/targets/target-review';
import { applyTemplate } from '../../core/planning/templates/apply-template';
import { copyTemplate, listTemplates, removeTemplate, updateTemplate } from '../../core/planning/templates/template-service';
import { changed, type ProcedureTable } from '../procedure-table';

type PlanningProcedure =
  | 'planning.people.list'
  | 'planning.people.create'
  | 'planning.people.update'
  | 'planning.people.archive'
  | 'planning.templates.list'
  | 'planning.templates.copy'
  | 'planning.templates.update'
  | 'planning.templates.remove'
  | 'planning.templates.apply'
  | 'planning.targets.list'
  | 'planning.targets.set'
  | 'planning.targets.remove'
  | 'planning.targets.review'
  | 'planning.scorecards'
  | 'planning.experiments.list'
  | 'planning.experiments.create'
  | 'planning.experiments.decide'
  | 'planning.recovery'
  | 'planning.recovery.candidates';

export const planningProcedures: ProcedureTable<PlanningProcedure> = {
  'planning.people.list': (ctx, input) => listPeople(ctx, input ?? {}),
  'planning.people.create': (ctx, input) => changed(ctx, 'planning', createPerson(ctx, input)),
  'planning.people.update': (ctx, { id, ...changes }) => changed(ctx, 'planning', updatePerson(ctx, id, changes)),
  'planning.people.archive': (ctx, { id }) => changed(ctx, 'planning', archivePerson(ctx, id)),
  'planning.templates.list': (ctx, input) => listTemplates(ctx, input ?? {}),
  'planning.templates.copy': (ctx, { fromKey, name }) => changed(ctx, 'planning', copyTemplate(ctx, fromKey, name)),
  'planning.templates.update': (ctx, { id, ...changes }) => changed(ctx, 'planning', updateTemplate(ctx, id, changes)),
  'planning.templates.remove': (ctx, { id }) => {
    removeTemplate(ctx, id);
    return changed(ctx, 'planning', { removed: true as const });
  },
  'planning.templates.apply': (ctx, input) => changed(ctx, 'planning', applyTemplate(ctx, input)),
  'planning.targets.list': (ctx, input) => listTargets(ctx, input ?? {}),
  'planning.targets.set': (ctx, input) => changed(ctx, 'planning', setTarget(ctx, input)),
  'planning.targets.remove': (ctx, { id }) => {
    removeTarget(ctx, id);
    return changed(ctx, 'planning', { removed: true as const });
  },
  'planning.targets.review': (ctx, input) => targetReview(ctx, input?.quarter),
  'planning.scorecards': (ctx, { period }) => scorecards(ctx, period),
  'planning.experiments.list': (ctx) => listExperiments(ctx),
  // Its start and end are noted on the variant stores' timelines too.
  'planning.experiments.create': (ctx, input) => changed(ctx, 'annotations', changed(ctx, 'planning', createExperiment(ctx, input))),
  'planning.experiments.decide': (ctx, { id, decision, note }) => changed(ctx, 'planning', decideExperiment(ctx, id, decision, note ?? null)),
  'planning.recovery': (ctx, { storeId, metricKey }) => recoveryPlan(ctx, storeId, metricKey),
  'planning.recovery.candidates': (ctx, { storeId }) => recoveryCandidates(ctx, storeId),
};
