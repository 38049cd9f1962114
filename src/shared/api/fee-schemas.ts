import { z } from 'zod';
import {
  FEE_CLAUSE_CONDITIONS,
  FEE_CLAUSE_EFFECTS,
  FEE_WARNING_CODES,
  FX_RATE_SOURCES,
} from '../domain/agency-contracts';
import { CURRENCIES } from '../domain/currencies';
import { feeClauseSchema } from './agency-contract-schemas';
import { monthSchema } from './sla-schemas';

/**
 * A monthly FX rate the user keeps: in `month`, 1 unit of `currency` is worth `rate` units of
 * `quoteCurrency` (major units: USD→JPY 151.3). A pair also converts the other way (1 / rate);
 * when both directions are kept, the one asked for directly wins.
 */
export const fxRateSchema = z.object({
  month: z.string(),
  currency: z.enum(CURRENCIES),
  quoteCurrency: z.enum(CURRENCIES),
  rate: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type FxRate = z.infer<typeof fxRateSchema>;

const pair = { month: monthSchema, currency: z.enum(CURRENCIES), quoteCurrency: z.enum(CURRENCIES) };
export const fxInputSchemas = {
  list: z.object({ month: monthSchema.optional() }).strict().optional(),
  set: z.object({ ...pair, rate: z.number().finite().positive('must be more than 0') }).strict(),
  remove: z.object(pair).strict(),
};

/** Why a line (or the statement) may be incomplete; `params` names the store, currency pair or metric. */
export const feeWarningSchema = z.object({
  code: z.enum(FEE_WARNING_CODES),
  /** English, for the CLI and logs; the UI translates `code` with `params`. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type FeeWarning = z.infer<typeof feeWarningSchema>;

/** One covered store's GMV for the month, and how it became the contract's currency. */
export const storeGmvSchema = z.object({
  storeId: z.number().int(),
  storeName: z.string(),
  /** The GMV metric read for the store's platform; null when it reported none of them. */
  metricKey: z.string().nullable(),
  currency: z.string(),
  /** Sum of the month's daily values (within the contract period), store currency minor units. */
  gmvMinor: z.number().int().nullable(),
  daysReported: z.number().int(),
  daysExpected: z.number().int(),
  fxRate: z.number().nullable(),
  fxSource: z.enum(FX_RATE_SOURCES).nullable(),
  /** In the contract currency's minor units; null when it could not be converted (see warnings). */
  convertedMinor: z.number().int().nullable(),
});

const lineCommon = {
  /** Signed, in the contract currency's minor units: reductions are negative. */
  amountMinor: z.number().int(),
  /** English sentence explaining the line, for the CLI and logs. */
  description: z.string(),
  warnings: z.array(feeWarningSchema),
};

const clauseDetailSchema = z.object({
  clauseId: z.number().int(),
  metricKey: z.string(),
  storeId: z.number().int().nullable(),
  storeName: z.string().nullable(),
  condition: z.enum(FEE_CLAUSE_CONDITIONS),
  threshold: z.number(),
  effect: z.enum(FEE_CLAUSE_EFFECTS),
  amount: feeClauseSchema.shape.amount,
  /** The metric's value at month end (last reported day within the month), in its unit. */
  measuredValue: z.number().nullable(),
  measuredDate: z.string().nullable(),
  /** Whether the condition held, so the clause moved the fee. */
  applied: z.boolean(),
});

export const feeLineSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('base_fee'),
    ...lineCommon,
    detail: z.object({ baseFeeMinor: z.number().int(), daysCovered: z.number().int(), daysInMonth: z.number().int() }),
  }),
  z.object({
    kind: z.literal('commission'),
    ...lineCommon,
    detail: z.object({ commissionBps: z.number().int(), gmvMinor: z.number().int(), stores: z.array(storeGmvSchema) }),
  }),
  /** A KPI clause, applied or not: a clause that did not apply is a line of 0 saying why. */
  z.object({ kind: z.literal('kpi_bonus'), ...lineCommon, detail: clauseDetailSchema }),
  z.object({ kind: z.literal('kpi_reduction'), ...lineCommon, detail: clauseDetailSchema }),
]);
export type FeeLine = z.infer<typeof feeLineSchema>;

/** One contract's part of the month's statement, in its own currency. */
export const feeSectionSchema = z.object({
  contractId: z.number().int(),
  contractName: z.string(),
  currency: z.enum(CURRENCIES),
  /** Days of the month within the contract period. */
  daysCovered: z.number().int(),
  daysInMonth: z.number().int(),
  lines: z.array(feeLineSchema),
  subtotalMinor: z.number().int(),
  /** False when a warning means the subtotal leaves something out. */
  complete: z.boolean(),
});

/** A preview of what a client owes for a month; a statement, not accounting (nothing is recorded). */
export const feeStatementSchema = z.object({
  clientId: z.number().int(),
  clientName: z.string(),
  month: z.string(),
  sections: z.array(feeSectionSchema),
  /** One total per currency the client's contracts are in. */
  totals: z.array(z.object({ currency: z.enum(CURRENCIES), amountMinor: z.number().int() })),
  complete: z.boolean(),
  warnings: z.array(feeWarningSchema),
});
export type FeeStatement = z.infer<typeof feeStatementSchema>;

export const feeInputSchemas = {
  statement: z.object({ clientId: z.number().int().positive(), month: monthSchema }).strict(),
};
