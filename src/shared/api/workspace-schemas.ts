import { z } from 'zod';

export const workspaceInfoSchema = z.object({
  path: z.string(),
  /** False until the user chose "demo" or "empty" on first launch. */
  initialised: z.boolean(),
  schemaVersion: z.number().int(),
  clientCount: z.number().int(),
  storeCount: z.number().int(),
  snapshotCount: z.number().int(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

export const demoOptionsSchema = z
  .object({
    clients: z.number().int().min(1).max(500).optional(),
    stores: z.number().int().min(0).max(5000).optional(),
    days: z.number().int().min(1).max(730).optional(),
    seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
    /** Last day of demo data, YYYY-MM-DD; defaults to today. */
    endDate: z.iso.date().optional(),
  })
  .strict();
export type DemoOptionsInput = z.infer<typeof demoOptionsSchema>;

export const initialiseWorkspaceInputSchema = z
  .object({ mode: z.enum(['demo', 'empty']), demo: demoOptionsSchema.optional() })
  .strict();

export const aboutSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser', 'cli']),
  runtime: z.string(),
});
export type About = z.infer<typeof aboutSchema>;
