import { z } from 'zod';
import { CURRENCIES } from '../domain/currencies';
import { KPI_KINDS, TEMPLATE_BASES, PERIOD_KINDS, PERIOD_PATTERN, PLANNING_ROLES, TARGET_STATUSES } from '../domain/planning';
import { PLATFORMS, STORE_STAGES } from '../domain/stores';
import { optionalText, requiredText } from './text-fields';

// KPI planning (issue 10): people, stage templates, period targets and scorecards.

const id = z.number().int().positive();
const period = z.string().trim().regex(PERIOD_PATTERN, 'must be a month (2026-11), a quarter (2026-Q4) or an event day (2026-11-11)');
const weight = z.number().positive('must be more than 0').max(100, 'must be at most 100');

/* ---------- people ---------- */

export const personSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(PLANNING_ROLES),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

/* ---------- templates ---------- */

export const templateItemSchema = z
  .object({
    metricKey: z.string().trim().min(1, 'is required'),
    /**
     * `absolute`: the value in the metric's unit (rates as fractions, money in major units).
     * `previous_period`: a multiple of what the store did the period before (1.1 = +10 %; for an
     * event day, of its average day over the 4 weeks before), fixed when the template is applied.
     */
    basis: z.enum(TEMPLATE_BASES).default('absolute'),
    targetValue: z.number().finite(),
    role: z.enum(PLANNING_ROLES),
    weight,
  })
  .strict();
export type TemplateItem = z.output<typeof templateItemSchema>;

export const templateSchema = z.object({
  /** "builtin:amazon.mature" for a shipped template, "custom:12" for the agency's own. */
  key: z.string(),
  /** The agency's own template's row id; null for a shipped one (copy it to edit it). */
  id: z.number().int().nullable(),
  name: z.string(),
  stage: z.enum(STORE_STAGES),
  platform: z.enum(PLATFORMS),
  builtIn: z.boolean(),
  items: z.array(templateItemSchema),
});
export type Template = z.infer<typeof templateSchema>;

/* ---------- targets ---------- */

export const planningTargetSchema = z.object({
  id: z.number().int(),
  storeId: z.number().int(),
  storeName: z.string(),
  platform: z.enum(PLATFORMS),
  currency: z.enum(CURRENCIES),
  metricKey: z.string(),
  kpiKind: z.enum(KPI_KINDS),
  period: z.string(),
  periodKind: z.enum(PERIOD_KINDS),
  periodStart: z.string(),
  periodEnd: z.string(),
  label: z.string().nullable(),
  targetValue: z.number(),
  ownerId: z.number().int().nullable(),
  ownerName: z.string().nullable(),
  ownerRole: z.enum(PLANNING_ROLES).nullable(),
  weight: z.number(),
  templateName: z.string().nullable(),
  /** Money and daily counts: the sum over the period so far; rates and scores: the newest value in it. */
  actualValue: z.number().nullable(),
  /** The newest reporting day behind the actual value. */
  actualDate: z.string().nullable(),
  /** 1 on target, above 1 beyond it (see core/planning/scorecards/attainment.ts); null without data. */
  attainment: z.number().nullable(),
  /** Attainment against where the target should be by today (sums grow through the period); null without data. */
  pace: z.number().nullable(),
  status: z.enum(TARGET_STATUSES),
});
export type PlanningTarget = z.infer<typeof planningTargetSchema>;

/** A target worth a second look at the quarterly review: far off its pace, or already beaten. */
export const targetReviewItemSchema = z.object({
  reason: z.enum(['far_off', 'beaten']),
  target: planningTargetSchema,
});
export type TargetReviewItem = z.infer<typeof targetReviewItemSchema>;

export const targetReviewSchema = z.object({
  quarter: z.string(),
  /** The last day of the quarter: reviews are due by then. */
  dueDate: z.string(),
  items: z.array(targetReviewItemSchema),
});
export type TargetReview = z.infer<typeof targetReviewSchema>;

/* ---------- scorecards ---------- */

export const scoreSchema = z.object({
  /** Weighted attainment over the targets with data; null when none has any. */
  score: z.number().nullable(),
  weightCounted: z.number(),
  weightMissing: z.number(),
});

export const scorecardEntrySchema = scoreSchema.extend({
  /** Process KPIs (the team's own work) and result KPIs (what the market gave back), scored apart. */
  process: scoreSchema,
  result: scoreSchema,
  targets: z.array(planningTargetSchema),
});

export const scorecardSchema = z.object({
  period: z.string(),
  people: z.array(scorecardEntrySchema.extend({ personId: z.number().int(), name: z.string(), role: z.enum(PLANNING_ROLES) })),
  roles: z.array(scorecardEntrySchema.extend({ role: z.enum(PLANNING_ROLES) })),
  /** Targets of the period nobody owns: they count for no one. */
  unowned: z.array(planningTargetSchema),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

/* ---------- inputs ---------- */

export const planningInputSchemas = {
  createPerson: z.object({ name: requiredText(80), role: z.enum(PLANNING_ROLES) }).strict(),
  updatePerson: z.object({ id, name: requiredText(80).optional(), role: z.enum(PLANNING_ROLES).optional() }).strict(),
  listPeople: z.object({ includeArchived: z.boolean().optional() }).strict().optional(),
  listTemplates: z.object({ platform: z.enum(PLATFORMS).optional(), stage: z.enum(STORE_STAGES).optional() }).strict().optional(),
  copyTemplate: z.object({ fromKey: z.string().min(1), name: requiredText(120) }).strict(),
  updateTemplate: z.object({ id, name: requiredText(120).optional(), items: z.array(templateItemSchema).min(1, 'needs at least one target').max(30).optional() }).strict(),
  /** Creates the template's targets for a store and period; roles named in `owners` get that person. */
  applyTemplate: z
    .object({
      templateKey: z.string().min(1),
      storeId: id,
      period,
      owners: z.partialRecord(z.enum(PLANNING_ROLES), id).optional(),
    })
    .strict(),
  listTargets: z.object({ storeId: id.optional(), period: period.optional() }).strict().optional(),
  setTarget: z
    .object({
      storeId: id,
      metricKey: z.string().trim().min(1, 'is required'),
      period,
      targetValue: z.number().finite(),
      ownerId: id.nullable(),
      weight,
      label: optionalText(120),
    })
    .strict(),
  scorecards: z.object({ period }).strict(),
  review: z.object({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter like 2026-Q4').optional() }).strict().optional(),
};
export type ApplyTemplateInput = z.output<typeof planningInputSchemas.applyTemplate>;
export type SetPlanningTargetInput = z.output<typeof planningInputSchemas.setTarget>;

export const applyTemplateResultSchema = z.object({
  targets: z.array(planningTargetSchema),
  /** Items the template could not turn into a target for this store, and why. */
  skipped: z.array(z.object({ metricKey: z.string(), reason: z.string() })),
});
export type ApplyTemplateResult = z.infer<typeof applyTemplateResultSchema>;
