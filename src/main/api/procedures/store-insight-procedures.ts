import { getFunnel } from '../../core/kpi/funnel-service';
import { getMetricSeries } from '../../core/kpi/metric-series';
import type { ProcedureTable } from '../procedure-table';

/** What the store page draws: daily series per metric and the interest e-commerce funnel. */
export const storeInsightProcedures: ProcedureTable<'series.get' | 'funnel.get'> = {
  'series.get': (ctx, input) => getMetricSeries(ctx, input),
  'funnel.get': (ctx, input) => getFunnel(ctx, input),
};
