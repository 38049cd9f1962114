import { z } from 'zod';
import {
  MONTH_PATTERN,
  SLA_CLOCKS,
  SLA_ITEM_ACTIONS,
  SLA_ITEM_STATUSES,
  SLA_SOURCE_TYPES,
  SLA_TERM_KINDS,
  SLA_URGENCIES,
} from '../domain/agency-contracts';
import { requiredText } from './text-fields';

const id = z.number().int().positive();
export const monthSchema = z.string().regex(MONTH_PATTERN, 'must be a month like 2026-11');

/** A stretch of time the clock stood still (ISO UTC); `to` is null while the item is paused. */
export const slaPauseSchema = z.object({ from: z.string(), to: z.string().nullable(), reason: z.string() });

/** One promise on the clock: what opened it, when it is due, and how it ended. Times are ISO UTC. */
export const slaItemSchema = z.object({
  id: z.number().int(),
  contractId: z.number().int(),
  contractName: z.string(),
  clientId: z.number().int(),
  clientName: z.string(),
  /** The store concerned; null for a monthly review or a request about no one store. */
  storeId: z.number().int().nullable(),
  storeName: z.string().nullable(),
  kind: z.enum(SLA_TERM_KINDS),
  sourceType: z.enum(SLA_SOURCE_TYPES),
  /** alert_acknowledge: the breach alert and its metric. */
  alertId: z.number().int().nullable(),
  metricKey: z.string().nullable(),
  /** poa_delivery: the POA case. */
  poaCaseId: z.number().int().nullable(),
  /** monthly_review: the month reviewed (YYYY-MM). */
  month: z.string().nullable(),
  /** client_request: what the client asked, as logged. */
  title: z.string().nullable(),
  startedAt: z.string(),
  /** Allowed time as the clock counts it (business hours only when `clock` is "business"). */
  allowanceHours: z.number(),
  clock: z.enum(SLA_CLOCKS),
  /** When it is due; for a paused item, when it would be due if resumed now. */
  dueAt: z.string(),
  /** When it turns (or turned) "due soon": 75 % of the allowed time. */
  warnAt: z.string(),
  status: z.enum(SLA_ITEM_STATUSES),
  /** Judged against now for open items; null once closed, waived or while paused. */
  urgency: z.enum(SLA_URGENCIES).nullable(),
  pauses: z.array(slaPauseSchema),
  /** When the closing action happened (acknowledged, answered, delivered), on time or late. */
  closedAt: z.string().nullable(),
  /** When the clock ran out (the due time) for a breached item. */
  breachedAt: z.string().nullable(),
  waivedAt: z.string().nullable(),
  /** The reason given for the waiver, or for the pause in progress. */
  reason: z.string().nullable(),
  /** The "sla_breach" alert raised when the item breached. */
  breachAlertId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type SlaItem = z.infer<typeof slaItemSchema>;

export const slaItemEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(SLA_ITEM_ACTIONS),
  note: z.string().nullable(),
});
export type SlaItemEvent = z.infer<typeof slaItemEventSchema>;

const reason = requiredText(500);

export const slaInputSchemas = {
  list: z
    .object({
      clientId: id.optional(),
      contractId: id.optional(),
      /** Items due in this month (in each contract's time zone). */
      month: monthSchema.optional(),
      status: z.enum(SLA_ITEM_STATUSES).optional(),
      /** Open items due within this many hours from now (overdue ones breach when read, so they are not among them). */
      dueWithinHours: z.number().positive().max(24 * 366).optional(),
    })
    .strict()
    .optional(),
  /** A client request logged by hand; `requestedAt` (default now) may be in the past, never the future. */
  logRequest: z
    .object({
      contractId: id,
      storeId: id.nullable().optional(),
      title: requiredText(300),
      requestedAt: z.iso.datetime({ offset: true }).optional(),
    })
    .strict(),
  /** The request answered; `answeredAt` defaults to now. */
  answerRequest: z.object({ id, answeredAt: z.iso.datetime({ offset: true }).optional(), note: requiredText(2000).optional() }).strict(),
  pause: z.object({ id, reason }).strict(),
  resume: z.object({ id }).strict(),
  waive: z.object({ id, reason }).strict(),
  compliance: z.object({ clientId: id.optional(), month: monthSchema }).strict(),
};

const complianceCountsSchema = z.object({
  /** Met on time. */
  met: z.number().int(),
  /** Breached (closed late, or still open past due). */
  breached: z.number().int(),
  /** Waived: left out of the rate. */
  waived: z.number().int(),
  /** Due later this month, or paused: not judged yet. */
  pending: z.number().int(),
  /** met ÷ (met + breached); null when nothing was due yet. */
  rate: z.number().nullable(),
});

/** Items met on time ÷ items due in the month, with the list behind it. */
export const slaComplianceSchema = complianceCountsSchema.extend({
  month: z.string(),
  clientId: z.number().int().nullable(),
  byClient: z.array(complianceCountsSchema.extend({ clientId: z.number().int(), clientName: z.string() })),
  byKind: z.array(complianceCountsSchema.extend({ kind: z.enum(SLA_TERM_KINDS) })),
  items: z.array(slaItemSchema),
});
export type SlaCompliance = z.infer<typeof slaComplianceSchema>;

/** What a refresh did: monthly review items opened, open items found past due. */
export const slaRefreshResultSchema = z.object({ opened: z.number().int(), breached: z.number().int() });
