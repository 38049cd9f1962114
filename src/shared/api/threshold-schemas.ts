import { z } from 'zod';

export const thresholdTargetSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int().nullable(),
  storeId: z.number().int().nullable(),
  metricKey: z.string(),
  watch: z.number().nullable(),
  breach: z.number(),
  effectiveFrom: z.string(),
  note: z.string(),
  createdAt: z.string(),
});
export type ThresholdTarget = z.infer<typeof thresholdTargetSchema>;

/** A client's contract target or a store's override for one metric, from a date on. */
export const setThresholdInputSchema = z
  .object({
    scope: z.union([
      z.object({ storeId: z.number().int().positive() }).strict(),
      z.object({ clientId: z.number().int().positive() }).strict(),
    ]),
    metricKey: z.string().trim().min(1, 'is required'),
    watch: z.number().finite().nullable(),
    breach: z.number().finite(),
    effectiveFrom: z.iso.date(),
    note: z.string().trim().min(1, 'is required').max(500),
  })
  .strict();
export type SetThresholdInput = z.infer<typeof setThresholdInputSchema>;
