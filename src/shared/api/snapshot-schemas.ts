import { z } from 'zod';
import { SNAPSHOT_SOURCES } from '../domain/snapshots';

export const snapshotSchema = z.object({
  storeId: z.number().int(),
  metricKey: z.string(),
  value: z.number().nullable(),
  amountMinor: z.number().nullable(),
  currency: z.string().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  windowFrom: z.string(),
  windowTo: z.string(),
  platformTarget: z.number().nullable(),
  platformTargetCondition: z.string().nullable(),
  platformStatus: z.string().nullable(),
  source: z.enum(SNAPSHOT_SOURCES),
  importBatchId: z.number().int(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const snapshotQuerySchema = z
  .object({
    storeId: z.number().int().positive(),
    metricKey: z.string().trim().min(1, 'is required'),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .strict();
