import { appliedThresholds } from '../../core/kpi/applied-thresholds';
import { evaluateStores } from '../../core/kpi/evaluate-stores';
import { exportMatrix } from '../../core/kpi/export-matrix';
import { getMatrix } from '../../core/kpi/matrix-service';
import { listSnapshots } from '../../core/kpi/snapshot-service';
import { listThresholdTargets, removeThresholdTarget, setThresholdTarget } from '../../core/kpi/threshold-target-service';
import { changed, type ProcedureTable } from '../procedure-table';

type KpiProcedure =
  | 'matrix.get'
  | 'matrix.export'
  | 'evaluation.run'
  | 'snapshots.list'
  | 'thresholds.list'
  | 'thresholds.applied'
  | 'thresholds.set'
  | 'thresholds.remove';

export const kpiProcedures: ProcedureTable<KpiProcedure> = {
  'matrix.get': (ctx, input) => getMatrix(ctx, input ?? {}),
  'matrix.export': (ctx, input) => exportMatrix(ctx, input),
  'evaluation.run': (ctx, input) => changed(ctx, 'alerts', evaluateStores(ctx, input?.storeIds)),
  'snapshots.list': (ctx, input) => listSnapshots(ctx, input),
  'thresholds.list': (ctx, input) => listThresholdTargets(ctx, input),
  'thresholds.applied': (ctx, { storeId }) => appliedThresholds(ctx, storeId),
  'thresholds.set': (ctx, input) => changed(ctx, 'thresholds', setThresholdTarget(ctx, input)),
  'thresholds.remove': (ctx, { id }) => {
    removeThresholdTarget(ctx, id);
    return changed(ctx, 'thresholds', { removed: true as const });
  },
};
