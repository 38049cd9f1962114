import { z } from 'zod';
import { METRIC_STATUSES, THRESHOLD_ORIGINS } from './kpi-schemas';

export const seriesQuerySchema = z
  .object({
    storeId: z.number().int().positive(),
    /** Absent: every metric the store has data for in the range. */
    metricKeys: z.array(z.string().trim().min(1)).max(200).optional(),
    from: z.iso.date(),
    to: z.iso.date(),
  })
  .strict();
export type SeriesQuery = z.infer<typeof seriesQuerySchema>;

/** One day of one metric: the value reported for the window ending that day, judged by the rule in force then. */
export const seriesPointSchema = z.object({
  date: z.string(),
  /** Ratios as fractions; money in major units of `currency`. */
  value: z.number(),
  status: z.enum(METRIC_STATUSES),
  watch: z.number().nullable(),
  breach: z.number().nullable(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

export const metricSeriesSchema = z.object({
  metricKey: z.string(),
  currency: z.string().nullable(),
  thresholdOrigin: z.enum(THRESHOLD_ORIGINS).nullable(),
  points: z.array(seriesPointSchema),
});
export type MetricSeries = z.infer<typeof metricSeriesSchema>;

export const FUNNEL_STEPS = ['impressions', 'clicks', 'add_to_cart', 'orders'] as const;

/** Interest e-commerce funnel over a date range: plays → clicks → add-to-cart → orders. */
export const funnelSchema = z.object({
  from: z.string(),
  to: z.string(),
  steps: z.array(
    z.object({
      step: z.enum(FUNNEL_STEPS),
      count: z.number().nullable(),
      /** This step's count ÷ the previous step's; null for the first step or missing data. */
      rateFromPrevious: z.number().nullable(),
    }),
  ),
  /** The step with the lowest rate from its previous step; null when the data cannot tell. */
  weakestStep: z.enum(FUNNEL_STEPS).nullable(),
});
export type Funnel = z.infer<typeof funnelSchema>;
