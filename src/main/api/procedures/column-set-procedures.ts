import { listColumnSets, removeColumnSet, saveColumnSet } from '../../core/kpi/column-set-service';
import { changed, type ProcedureTable } from '../procedure-table';

type ColumnSetProcedure = 'columnSets.list' | 'columnSets.save' | 'columnSets.remove';

export const columnSetProcedures: ProcedureTable<ColumnSetProcedure> = {
  'columnSets.list': (ctx) => listColumnSets(ctx),
  'columnSets.save': (ctx, input) => changed(ctx, 'columnSets', saveColumnSet(ctx, input)),
  'columnSets.remove': (ctx, { id }) => {
    removeColumnSet(ctx, id);
    return changed(ctx, 'columnSets', { removed: true as const });
  },
};
