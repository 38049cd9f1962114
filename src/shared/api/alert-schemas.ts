import { z } from 'zod';

/** "sla_breach": a contract's SLA item ran out of time (metric key "sla.<term kind>"); raised by the SLA clock, not by evaluation. */
export const ALERT_KINDS = ['breach', 'watch', 'projected_breach', 'stale', 'account_status', 'sla_breach'] as const;
export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
/** What the inbox can list: "open" means not resolved, acknowledged ones included. */
export const ALERT_LIST_STATUSES = ['open', 'acknowledged', 'resolved', 'all'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export type AlertKind = (typeof ALERT_KINDS)[number];

export const alertSchema = z.object({
  id: z.number().int(),
  storeId: z.number().int(),
  storeName: z.string(),
  clientName: z.string(),
  metricKey: z.string(),
  kind: z.enum(ALERT_KINDS),
  severity: z.enum(ALERT_SEVERITIES),
  status: z.enum(ALERT_STATUSES),
  openedAt: z.string(),
  dataDate: z.string().nullable(),
  value: z.number().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  assignee: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type Alert = z.infer<typeof alertSchema>;

export const alertEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  note: z.string().nullable(),
});
export type AlertEvent = z.infer<typeof alertEventSchema>;

export const alertQuerySchema = z
  .object({
    /** "open" means not resolved (acknowledged ones included); "acknowledged" narrows to those. */
    status: z.enum(ALERT_LIST_STATUSES).optional(),
    storeId: z.number().int().positive().optional(),
    clientId: z.number().int().positive().optional(),
    metricKey: z.string().trim().min(1).optional(),
    kind: z.enum(ALERT_KINDS).optional(),
    severity: z.enum(ALERT_SEVERITIES).optional(),
    /** An assignee's name, or "" for alerts nobody is assigned to. */
    assignee: z.string().trim().max(120).optional(),
    /** Hide alerts snoozed past now (default true for "open"). */
    hideSnoozed: z.boolean().optional(),
  })
  .strict()
  .optional();

const note = z.string().trim().max(2000);
export const alertActionSchemas = {
  acknowledge: z.object({ id: z.number().int().positive(), note: note.optional() }).strict(),
  assign: z.object({ id: z.number().int().positive(), assignee: z.string().trim().min(1, 'is required').max(120) }).strict(),
  snooze: z.object({ id: z.number().int().positive(), until: z.iso.date(), note: note.optional() }).strict(),
  comment: z.object({ id: z.number().int().positive(), note: note.min(1, 'is required') }).strict(),
  resolve: z.object({ id: z.number().int().positive(), note: note.optional() }).strict(),
};

/** One action applied to many alerts at once, all or nothing. */
export const bulkAlertActionSchema = z
  .object({
    ids: z.array(z.number().int().positive()).min(1, 'is required').max(1000),
    action: z.discriminatedUnion('type', [
      z.object({ type: z.literal('acknowledge'), note: note.optional() }).strict(),
      z.object({ type: z.literal('assign'), assignee: z.string().trim().min(1, 'is required').max(120) }).strict(),
      z.object({ type: z.literal('snooze'), until: z.iso.date(), note: note.optional() }).strict(),
      z.object({ type: z.literal('resolve'), note: note.optional() }).strict(),
    ]),
  })
  .strict();
export type BulkAlertAction = z.infer<typeof bulkAlertActionSchema>;

/** Pushed when evaluation opens new alerts (desktop notifications, window badge). */
export const alertsOpenedEventSchema = z.object({
  alerts: z.array(alertSchema.pick({ id: true, storeId: true, storeName: true, metricKey: true, kind: true, severity: true })),
  openBreaches: z.number().int(),
});
