import { desc, eq } from 'drizzle-orm';
import type { CreateExperimentInput, Experiment } from '@shared/api/planning-experiment-schemas';
import type { ExperimentDecision } from '@shared/domain/planning';
import { findMetric } from '@shared/metrics/metric-catalog';
import { recordAudit } from '../../audit/record-audit';
import type { CoreContext } from '../../core-context';
import { annotations, planningExperiments } from '../../db/schema';
import { invalidField, notFound } from '../../errors';
import { storeMetric } from '../targets/target-service';
import { experimentResult } from './experiment-arms';

type ExperimentRow = typeof planningExperiments.$inferSelect;

function toExperiment(ctx: CoreContext, row: ExperimentRow): Experiment {
  const metric = findMetric(row.metricKey);
  if (!metric) throw invalidField('metricKey', 'unknown_metric', `${row.metricKey} is no longer in the metric catalog`);
  const arm = (storeIds: number[], from: string, to: string) => ({ storeIds, from, to });
  return {
    id: row.id,
    title: row.title,
    hypothesis: row.hypothesis,
    metricKey: row.metricKey,
    decision: row.decision as ExperimentDecision,
    decisionNote: row.decisionNote,
    result: experimentResult(ctx, metric, arm(row.controlStoreIds, row.controlFrom, row.controlTo), arm(row.variantStoreIds, row.variantFrom, row.variantTo)),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function listExperiments(ctx: CoreContext): Experiment[] {
  return ctx.workspace.db.select().from(planningExperiments).orderBy(desc(planningExperiments.variantFrom), desc(planningExperiments.id)).all().map((row) => toExperiment(ctx, row));
}

export function getExperiment(ctx: CoreContext, id: number): Experiment {
  const row = ctx.workspace.db.select().from(planningExperiments).where(eq(planningExperiments.id, id)).get();
  if (!row) throw notFound('Experiment', id);
  return toExperiment(ctx, row);
}

/**
 * Logs an experiment and marks its start and end on each variant store's timeline, so every chart
 * of the store shows when the change was live. The notes are ordinary annotations: the user can
 * edit or remove them like any other.
 */
export function createExperiment(ctx: CoreContext, input: CreateExperimentInput): Experiment {
  const id = ctx.workspace.sqlite.transaction(() => {
    for (const [arm, { storeIds }] of [['control', input.control], ['variant', input.variant]] as const) {
      storeIds.forEach((storeId, index) => storeMetric(ctx, storeId, input.metricKey, `${arm}.storeIds.${index}`));
    }
    const at = ctx.now().toISOString();
    const row = ctx.workspace.db
      .insert(planningExperiments)
      .values({
        title: input.title,
        hypothesis: input.hypothesis,
        metricKey: input.metricKey,
        controlStoreIds: input.control.storeIds,
        controlFrom: input.control.from,
        controlTo: input.control.to,
        variantStoreIds: input.variant.storeIds,
        variantFrom: input.variant.from,
        variantTo: input.variant.to,
        decision: 'pending',
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: planningExperiments.id })
      .get();
    for (const storeId of new Set(input.variant.storeIds)) {
      ctx.workspace.db
        .insert(annotations)
        .values([
          { storeId, date: input.variant.from, text: `⚗ ${input.title} ▶`, actor: ctx.actor, createdAt: at, updatedAt: at },
          { storeId, date: input.variant.to, text: `⚗ ${input.title} ■`, actor: ctx.actor, createdAt: at, updatedAt: at },
        ])
        .run();
    }
    recordAudit(ctx, { action: 'create', entity: 'planning_experiment', entityId: row.id, details: { ...input } });
    return row.id;
  })();
  return getExperiment(ctx, id);
}

export function decideExperiment(ctx: CoreContext, id: number, decision: ExperimentDecision, note: string | null): Experiment {
  ctx.workspace.sqlite.transaction(() => {
    const row = ctx.workspace.db.select().from(planningExperiments).where(eq(planningExperiments.id, id)).get();
    if (!row) throw notFound('Experiment', id);
    ctx.workspace.db.update(planningExperiments).set({ decision, decisionNote: note, updatedAt: ctx.now().toISOString() }).where(eq(planningExperiments.id, id)).run();
    recordAudit(ctx, { action: 'decide', entity: 'planning_experiment', entityId: id, details: { decision, note, before: row.decision } });
  })();
  return getExperiment(ctx, id);
}
