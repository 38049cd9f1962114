import { feeStatement } from '../../core/fees/fee-statement-service';
import { listFxRates, removeFxRate, setFxRate } from '../../core/fees/fx-rate-service';
import { changed, type ProcedureTable } from '../procedure-table';

type FeeProcedure = 'fx.list' | 'fx.set' | 'fx.remove' | 'fees.statement';

// FX rates change fee statements, which live with the contracts: they announce "contracts".
export const feeProcedures: ProcedureTable<FeeProcedure> = {
  'fx.list': (ctx, input) => listFxRates(ctx, input ?? {}),
  'fx.set': (ctx, input) => changed(ctx, 'contracts', setFxRate(ctx, input)),
  'fx.remove': (ctx, input) => {
    removeFxRate(ctx, input);
    return changed(ctx, 'contracts', { removed: true as const });
  },
  'fees.statement': (ctx, input) => feeStatement(ctx, input),
};
