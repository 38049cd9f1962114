import { getOverview } from '../../core/overview/overview-service';
import type { ProcedureTable } from '../procedure-table';

export const overviewProcedures: ProcedureTable<'overview.get'> = {
  'overview.get': (ctx) => getOverview(ctx),
};
