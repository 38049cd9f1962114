import { z } from 'zod';
import { EXPERIMENT_DECISIONS } from '../domain/planning';
import { optionalText, requiredText } from './text-fields';

// KPI planning (issue 10): experiments against a control, and recovery plans for rolling-window rates.

const id = z.number().int().positive();

/** Stores over days: the control is other stores over the same days, or the same store before. */
export const experimentArmInputSchema = z
  .object({ storeIds: z.array(id).min(1, 'name at least one store').max(50), from: z.iso.date(), to: z.iso.date() })
  .strict()
  .refine((arm) => arm.from <= arm.to, { message: 'must end on or after the day it starts', path: ['to'] });

export const experimentArmResultSchema = z.object({
  storeIds: z.array(z.number().int()),
  storeNames: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  /** The metric's mean over the arm's reported days (the sum of the counts behind a rate where known). */
  value: z.number().nullable(),
  /** Successes and trials behind a rate (orders out of clicks), when the data has them. */
  successes: z.number().nullable(),
  trials: z.number().nullable(),
  days: z.number().int(),
});

export const experimentResultSchema = z.object({
  control: experimentArmResultSchema,
  variant: experimentArmResultSchema,
  /** Variant minus control, in the metric's unit. */
  difference: z.number().nullable(),
  /** Relative to the control: 0.12 is 12 % better (or worse, by the metric's direction). */
  relativeDifference: z.number().nullable(),
  test: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('tested'), z: z.number(), pValue: z.number(), significant: z.boolean() }),
    z.object({ kind: z.literal('insufficient'), reason: z.string() }),
    z.object({ kind: z.literal('not_a_proportion'), reason: z.string() }),
  ]),
});
export type ExperimentResult = z.infer<typeof experimentResultSchema>;

export const experimentSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  hypothesis: z.string(),
  metricKey: z.string(),
  decision: z.enum(EXPERIMENT_DECISIONS),
  decisionNote: z.string().nullable(),
  result: experimentResultSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Experiment = z.infer<typeof experimentSchema>;

/* ---------- recovery ---------- */

const stepSchema = z.object({ date: z.string(), defects: z.number(), orders: z.number(), rate: z.number() });

export const recoveryPlanSchema = z.object({
  storeId: z.number().int(),
  metricKey: z.string(),
  windowDays: z.number().int(),
  /** The rate the metric must get back under (or over, for a higher-is-better rate such as VTR). */
  targetRate: z.number(),
  direction: z.enum(['lower_is_better', 'higher_is_better']),
  /** The daily counts key the plan read: `<metric>.daily`, one-day windows with numerator and denominator. */
  countsKey: z.string(),
  status: z.enum(['recovered', 'recovers', 'no_counts']),
  /** The last day with a count: the plan starts the day after. */
  today: z.string().nullable(),
  current: stepSchema.nullable(),
  recoveryDate: z.string().nullable(),
  projectedOrdersPerDay: z.number(),
  missingDays: z.array(z.string()),
  path: z.array(stepSchema),
  speedUps: z.array(z.object({ date: z.string(), ordersPerDay: z.number().int() })),
});
export type RecoveryPlanResult = z.infer<typeof recoveryPlanSchema>;

export const recoveryCandidateSchema = z.object({ metricKey: z.string(), windowDays: z.number().int(), status: z.enum(['breach', 'watch']) });

export const experimentInputSchemas = {
  create: z
    .object({
      title: requiredText(120),
      hypothesis: requiredText(1000),
      metricKey: z.string().trim().min(1, 'is required'),
      control: experimentArmInputSchema,
      variant: experimentArmInputSchema,
    })
    .strict(),
  decide: z.object({ id, decision: z.enum(EXPERIMENT_DECISIONS), note: optionalText(1000) }).strict(),
  recovery: z.object({ storeId: id, metricKey: z.string().trim().min(1, 'is required') }).strict(),
  recoveryCandidates: z.object({ storeId: id }).strict(),
};
export type CreateExperimentInput = z.output<typeof experimentInputSchemas.create>;
