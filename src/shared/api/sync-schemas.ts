import { z } from 'zod';
import { connectionProviderSchema } from './credential-schemas';

export const syncSummarySchema = z.object({ batches: z.number().int(), records: z.number().int(), reports: z.array(z.string()) });
export type SyncSummary = z.infer<typeof syncSummarySchema>;

/** Per store: when it last worked, what went wrong last in plain words, when it runs next. */
export const syncStatusSchema = z.object({
  storeId: z.number().int(),
  provider: connectionProviderSchema,
  enabled: z.boolean(),
  intervalMinutes: z.number().int(),
  endpoint: z.string().nullable(),
  running: z.boolean(),
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  lastErrorCode: z.string().nullable(),
  lastError: z.string().nullable(),
  lastSummary: syncSummarySchema.nullable(),
  consecutiveFailures: z.number().int(),
  nextRunAt: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

const storeId = z.number().int().positive();

/** The job a store's sync reports progress under (and is cancelled by). */
export function syncJobId(storeId: number): string {
  return `sync-${storeId}`;
}

export const syncInputSchemas = {
  status: z.object({ storeId: storeId.optional() }).strict().optional(),
  configure: z
    .object({
      storeId,
      provider: connectionProviderSchema,
      enabled: z.boolean().optional(),
      intervalMinutes: z.number().int().min(15).max(7 * 24 * 60).optional(),
      /** Base URL for auth and API calls (a proxy, or a local test server); null for the platform's own. */
      endpoint: z.url().nullable().optional(),
    })
    .strict(),
  /** Starts a sync in the background and answers at once; progress arrives as job events. */
  now: z.object({ storeId }).strict(),
};

export const syncStartedSchema = z.object({ storeId: z.number().int(), started: z.boolean(), reason: z.enum(['started', 'already_running']) });
