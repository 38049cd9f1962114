import { z } from 'zod';
import {
  BASELINE_SOURCES,
  CLOCK_TIME_PATTERN,
  CONTRACT_LIFECYCLES,
  CONTRACT_TIERS,
  FEE_CLAUSE_CONDITIONS,
  FEE_CLAUSE_EFFECTS,
  HOURLY_SLA_TERM_KINDS,
  SLA_CLOCKS,
  TARGET_PROGRESS_STATUSES,
} from '../domain/agency-contracts';
import { CURRENCIES } from '../domain/currencies';
import { MARKETPLACE_CODES } from '../domain/marketplaces';
import { PLATFORMS } from '../domain/stores';
import { isValidTimeZone } from '../domain/time-zones';
import { optionalText, requiredText } from './text-fields';

// Agency contracts (issue 6): named so, not "contract", to keep them apart from the API contract.

const id = z.number().int().positive();
const minorAmount = z.number().int('must be a whole number of minor units (cents, yen)');

/** Working hours the business clock counts, in the contract's time zone; ISO weekdays (1 = Monday). */
export const businessHoursSchema = z
  .object({
    days: z.array(z.number().int().min(1, 'must be an ISO weekday, 1 (Monday) to 7 (Sunday)').max(7, 'must be an ISO weekday, 1 (Monday) to 7 (Sunday)')).min(1, 'needs at least one working day').max(7),
    start: z.string().regex(CLOCK_TIME_PATTERN, 'must be a time like 09:00'),
    end: z.string().regex(CLOCK_TIME_PATTERN, 'must be a time like 18:00 (24:00 for midnight)'),
  })
  .strict();
export type BusinessHours = z.infer<typeof businessHoursSchema>;

/**
 * One promise on the clock. Hourly terms count `hours` from the event, every hour (calendar) or
 * only business hours; the monthly review is due at the end of `dayOfMonth` of the next month.
 */
export const slaTermSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.enum(HOURLY_SLA_TERM_KINDS),
      hours: z.number().positive('must be more than 0').max(720, 'must be at most 720 hours (30 days)'),
      clock: z.enum(SLA_CLOCKS),
    })
    .strict(),
  z.object({ kind: z.literal('monthly_review'), dayOfMonth: z.number().int().min(1).max(28, 'must be 28 or less (every month has it)') }).strict(),
]);
export type SlaTerm = z.infer<typeof slaTermSchema>;

/** "Bonus 5 % of base if ODR ≤ 0.5 % at month end" or "reduce the fee by ¥1,000 if VTR < 95 %". */
export const feeClauseInputSchema = z
  .object({
    metricKey: z.string().trim().min(1, 'is required'),
    /** One covered store, or null: all covered stores (sum for money and counts, mean otherwise). */
    storeId: id.nullable(),
    condition: z.enum(FEE_CLAUSE_CONDITIONS),
    /** In the metric's unit: rates as fractions (0.005 for 0.5 %), money in major units. */
    threshold: z.number().finite(),
    effect: z.enum(FEE_CLAUSE_EFFECTS),
    amount: z.discriminatedUnion('type', [
      z.object({ type: z.literal('percent_of_base'), bps: z.number().int().min(1).max(10_000, 'must be at most 10,000 bp (100 %)') }).strict(),
      z.object({ type: z.literal('fixed'), amountMinor: minorAmount.positive('must be more than 0') }).strict(),
    ]),
    note: optionalText(500),
  })
  .strict();
export const feeClauseSchema = z.object({
  id: z.number().int(),
  metricKey: z.string(),
  storeId: z.number().int().nullable(),
  condition: z.enum(FEE_CLAUSE_CONDITIONS),
  threshold: z.number(),
  effect: z.enum(FEE_CLAUSE_EFFECTS),
  amount: feeClauseInputSchema.shape.amount,
  note: z.string().nullable(),
});
export type FeeClause = z.infer<typeof feeClauseSchema>;

const contractFields = {
  clientId: id,
  name: requiredText(120),
  tier: z.enum(CONTRACT_TIERS),
  startDate: z.iso.date(),
  /** Null for an open-ended contract. */
  endDate: z.iso.date().nullable(),
  renewalTerms: optionalText(2000),
  noticePeriodDays: z.number().int().min(0).max(365).nullable(),
  /** Flag the contract "renewal due" this many days before its end date. */
  renewalReminderDays: z.number().int().min(0).max(365),
  currency: z.enum(CURRENCIES),
  baseFeeMinor: minorAmount.min(0, 'must not be negative'),
  commissionBps: z.number().int('must be a whole number of basis points').min(0, 'must not be negative').max(10_000, 'must be at most 10,000 bp (100 %)'),
  timeZone: z.string().trim().refine(isValidTimeZone, 'is not a known IANA time zone (e.g. Asia/Tokyo)'),
  businessHours: businessHoursSchema.nullable(),
  storeIds: z.array(id).min(1, 'name at least one covered store').max(500),
  slaTerms: z.array(slaTermSchema).max(4),
  feeClauses: z.array(feeClauseInputSchema).max(20),
  exitTerms: optionalText(4000),
  handoverNotes: optionalText(4000),
  notes: optionalText(4000),
};

export const contractInputSchema = z
  .object({
    ...contractFields,
    renewalReminderDays: contractFields.renewalReminderDays.default(30),
    noticePeriodDays: contractFields.noticePeriodDays.default(null),
    businessHours: contractFields.businessHours.default(null),
    slaTerms: contractFields.slaTerms.default([]),
    feeClauses: contractFields.feeClauses.default([]),
  })
  .strict();
export type ContractInput = z.input<typeof contractInputSchema>;

/** Every field but the client may change; a list given (stores, terms, clauses) replaces the old one. */
export const contractPatchSchema = z.object(contractFields).omit({ clientId: true }).partial().strict();
export type ContractPatch = z.input<typeof contractPatchSchema>;

export const contractStoreSchema = z.object({
  storeId: z.number().int(),
  displayName: z.string(),
  platform: z.enum(PLATFORMS),
  marketplace: z.enum(MARKETPLACE_CODES),
  currency: z.enum(CURRENCIES),
  archived: z.boolean(),
});

/** A KPI the contract promises to move, with the baseline it is judged from. */
export const kpiTargetSchema = z.object({
  id: z.number().int(),
  contractId: z.number().int(),
  metricKey: z.string(),
  /** Null: all covered stores together (sum for money and counts, mean otherwise). */
  storeId: z.number().int().nullable(),
  storeName: z.string().nullable(),
  /** In the metric's unit: rates as fractions, money in major units of `currency`. */
  targetValue: z.number(),
  targetDate: z.string(),
  /** Money metrics: the currency of baseline, current and target values; null otherwise. */
  currency: z.string().nullable(),
  baselineValue: z.number().nullable(),
  /** "snapshot": captured from the data at the contract start; "manual": typed by a user; null: no data yet. */
  baselineSource: z.enum(BASELINE_SOURCES).nullable(),
  /** The reporting day of the snapshot(s) the baseline came from. */
  baselineDate: z.string().nullable(),
  /** The import batch(es) of those snapshots. */
  baselineImportBatchIds: z.array(z.number().int()),
  /** When the baseline was captured or typed, and by whom. */
  baselineSetAt: z.string().nullable(),
  baselineSetBy: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KpiTarget = z.infer<typeof kpiTargetSchema>;

export const contractSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  name: z.string(),
  tier: z.enum(CONTRACT_TIERS),
  startDate: z.string(),
  endDate: z.string().nullable(),
  renewalTerms: z.string().nullable(),
  noticePeriodDays: z.number().int().nullable(),
  renewalReminderDays: z.number().int(),
  currency: z.enum(CURRENCIES),
  baseFeeMinor: z.number().int(),
  commissionBps: z.number().int(),
  timeZone: z.string(),
  businessHours: businessHoursSchema.nullable(),
  stores: z.array(contractStoreSchema),
  slaTerms: z.array(slaTermSchema),
  feeClauses: z.array(feeClauseSchema),
  targets: z.array(kpiTargetSchema),
  exitTerms: z.string().nullable(),
  handoverNotes: z.string().nullable(),
  notes: z.string().nullable(),
  /** Judged today in the contract's time zone. */
  lifecycle: z.enum(CONTRACT_LIFECYCLES),
  /** Days from today to the end date (negative once expired); null when open-ended. */
  daysToEnd: z.number().int().nullable(),
  /** Last day to give notice (end date − notice period); null without either. */
  noticeDeadline: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contract = z.infer<typeof contractSchema>;

export const contractInputSchemas = {
  list: z
    .object({ clientId: id.optional(), lifecycle: z.enum(CONTRACT_LIFECYCLES).optional(), includeArchived: z.boolean().optional() })
    .strict()
    .optional(),
  update: z.object({ id, patch: contractPatchSchema }).strict(),
  /**
   * Adds or replaces the target for (metric, store) of a contract. `baselineValue`: a number is
   * typed by hand; null (re)captures it from the snapshots at the contract start; omitted keeps
   * the current baseline (a new target, or one whose metric or store changed, captures it).
   */
  setTarget: z
    .object({
      contractId: id,
      metricKey: z.string().trim().min(1, 'is required'),
      storeId: id.nullable(),
      targetValue: z.number().finite(),
      targetDate: z.iso.date(),
      baselineValue: z.number().finite().nullable().optional(),
      note: optionalText(500),
    })
    .strict(),
};
export type SetKpiTargetInput = z.output<typeof contractInputSchemas.setTarget>;

/** Baseline → current → target for one KPI target, with the daily values behind the chart. */
export const targetProgressSchema = z.object({
  targetId: z.number().int(),
  metricKey: z.string(),
  storeId: z.number().int().nullable(),
  storeName: z.string().nullable(),
  currency: z.string().nullable(),
  baselineValue: z.number().nullable(),
  baselineDate: z.string().nullable(),
  currentValue: z.number().nullable(),
  /** The reporting day of the current value. */
  currentDate: z.string().nullable(),
  targetValue: z.number(),
  targetDate: z.string(),
  /** Share of the way from baseline to target: 0 at the baseline, 1 on target; below 0 is worse than the baseline. Null without a baseline, a current value, or a gap to close. */
  progress: z.number().nullable(),
  status: z.enum(TARGET_PROGRESS_STATUSES),
  /** Daily values from the baseline day (or the contract start) to today, oldest first, at most 400. */
  points: z.array(z.object({ date: z.string(), value: z.number() })),
  /** Why a value is missing, e.g. covered stores report the money metric in different currencies. */
  note: z.string().nullable(),
});
export type TargetProgress = z.infer<typeof targetProgressSchema>;
