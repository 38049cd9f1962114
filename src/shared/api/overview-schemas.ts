import { z } from 'zod';
import { SLA_TERM_KINDS } from '../domain/agency-contracts';
import { MARKETPLACE_CODES } from '../domain/marketplaces';
import { PLATFORMS } from '../domain/stores';
import { ALERT_SEVERITIES } from './alert-schemas';
import { METRIC_STATUSES } from './kpi-schemas';

const storeRefSchema = z.object({
  storeId: z.number().int(),
  displayName: z.string(),
  clientId: z.number().int(),
  clientName: z.string(),
  platform: z.enum(PLATFORMS),
  marketplace: z.enum(MARKETPLACE_CODES),
});

/** The morning view: what needs attention today, each number a link to a filtered view. */
export const overviewSchema = z.object({
  /** Active stores counted once, by their worst metric status. */
  storesByStatus: z.record(z.enum(METRIC_STATUSES), z.number().int()),
  /** Alerts not resolved and not snoozed past now. */
  openAlertsBySeverity: z.record(z.enum(ALERT_SEVERITIES), z.number().int()),
  /** The ten stores most at risk: lowest health score first, then most projected breaches. */
  atRisk: z.array(
    storeRefSchema.extend({
      healthScore: z.number().int(),
      worstStatus: z.enum(METRIC_STATUSES),
      breaches: z.number().int(),
      projectedBreaches: z.number().int(),
      /** Smallest projected days to breach over the store's metrics, if any. */
      soonestBreachDays: z.number().nullable(),
    }),
  ),
  /** Stores whose newest data is older than its metrics' refresh + grace. */
  stale: z.array(storeRefSchema.extend({ lastDataDate: z.string().nullable(), staleMetrics: z.number().int() })),
  /**
   * Open SLA items due within 48 hours, soonest first. `label` is a short English description;
   * `kind`, `storeName`, `metricKey` (the alert to acknowledge), `month` (the review) and `title`
   * (the client's request) let a screen say it in its own language.
   */
  slaDueSoon: z.array(
    z.object({
      id: z.number().int(),
      label: z.string(),
      dueAt: z.string(),
      clientName: z.string(),
      kind: z.enum(SLA_TERM_KINDS).optional(),
      storeName: z.string().nullable().optional(),
      metricKey: z.string().nullable().optional(),
      month: z.string().nullable().optional(),
      title: z.string().nullable().optional(),
    }),
  ),
});
export type Overview = z.infer<typeof overviewSchema>;
