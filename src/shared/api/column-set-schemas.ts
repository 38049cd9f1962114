import { z } from 'zod';

export const columnSetSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  metricKeys: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ColumnSet = z.infer<typeof columnSetSchema>;

/** Create (no id) or replace (id) a user-defined matrix column set; names are unique. */
export const saveColumnSetInputSchema = z
  .object({
    id: z.number().int().positive().optional(),
    name: z.string().trim().min(1, 'is required').max(80),
    metricKeys: z.array(z.string().trim().min(1)).min(1, 'is required').max(200),
  })
  .strict();
export type SaveColumnSetInput = z.infer<typeof saveColumnSetInputSchema>;
