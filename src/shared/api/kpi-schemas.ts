import { z } from 'zod';
import { MARKETPLACE_CODES } from '../domain/marketplaces';
import { PLATFORMS, STORE_STAGES, STORE_STATUSES } from '../domain/stores';

export const METRIC_STATUSES = ['ok', 'watch', 'breach', 'no_data', 'stale'] as const;
export const THRESHOLD_ORIGINS = ['platform_report', 'catalog', 'marketplace', 'contract', 'override'] as const;
export type MetricStatus = (typeof METRIC_STATUSES)[number];

export const matrixCellSchema = z.object({
  metricKey: z.string(),
  status: z.enum(METRIC_STATUSES),
  /** Ratios as fractions, counts, scores; null for money (see amountMinor). */
  value: z.number().nullable(),
  amountMinor: z.number().nullable(),
  currency: z.string().nullable(),
  windowFrom: z.string().nullable(),
  windowTo: z.string().nullable(),
  watch: z.number().nullable(),
  breach: z.number().nullable(),
  thresholdOrigin: z.enum(THRESHOLD_ORIGINS).nullable(),
  thresholdSource: z.string().nullable(),
  platformStatus: z.string().nullable(),
  trend: z.enum(['improving', 'worsening', 'flat']).nullable(),
  slopePerDay: z.number().nullable(),
  daysToBreach: z.number().nullable(),
  /** Up to 30 daily values, oldest first (money in major units), to four significant digits: a sparkline. */
  recentValues: z.array(z.number().nullable()),
  /** False when the store's stage makes the metric not count (it is shown, not judged). */
  matters: z.boolean(),
});
export type MatrixCell = z.infer<typeof matrixCellSchema>;

export const matrixRowSchema = z.object({
  storeId: z.number().int(),
  displayName: z.string(),
  clientId: z.number().int(),
  clientName: z.string(),
  platform: z.enum(PLATFORMS),
  marketplace: z.enum(MARKETPLACE_CODES),
  stage: z.enum(STORE_STAGES),
  storeStatus: z.enum(STORE_STATUSES),
  accountManager: z.string().nullable(),
  healthScore: z.number().int(),
  worstStatus: z.enum(METRIC_STATUSES),
  /** Metrics the store has data for; an applicable metric that is absent has no data yet. */
  cells: z.array(matrixCellSchema),
});
export type MatrixRow = z.infer<typeof matrixRowSchema>;

export const matrixQuerySchema = z
  .object({
    clientId: z.number().int().positive().optional(),
    storeId: z.number().int().positive().optional(),
    platform: z.enum(PLATFORMS).optional(),
    metricKeys: z.array(z.string()).max(200).optional(),
  })
  .strict()
  .optional();
