import { z } from 'zod';

export const ALERT_KINDS = ['breach', 'watch', 'projected_breach', 'stale', 'account_status'] as const;
export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;

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
    /** "open" means not resolved (acknowledged ones included). */
    status: z.enum(['open', 'resolved', 'all']).optional(),
    storeId: z.number().int().positive().optional(),
    clientId: z.number().int().positive().optional(),
    kind: z.enum(ALERT_KINDS).optional(),
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
