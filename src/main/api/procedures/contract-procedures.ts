import { getContract } from '../../core/contracts/contract-rows';
import { archiveContract, createContract, listContracts, restoreContract, updateContract } from '../../core/contracts/contract-service';
import { removeKpiTarget, setKpiTarget } from '../../core/contracts/kpi-target-service';
import { contractProgress } from '../../core/contracts/target-progress';
import { changed, type ProcedureTable } from '../procedure-table';

type ContractProcedure =
  | 'contracts.list'
  | 'contracts.get'
  | 'contracts.create'
  | 'contracts.update'
  | 'contracts.archive'
  | 'contracts.restore'
  | 'contracts.targets.set'
  | 'contracts.targets.remove'
  | 'contracts.progress';

export const contractProcedures: ProcedureTable<ContractProcedure> = {
  'contracts.list': (ctx, input) => listContracts(ctx, input ?? {}),
  'contracts.get': (ctx, { id }) => getContract(ctx, id),
  'contracts.create': (ctx, input) => changed(ctx, 'contracts', createContract(ctx, input)),
  'contracts.update': (ctx, { id, patch }) => changed(ctx, 'contracts', updateContract(ctx, id, patch)),
  // Archiving waives the contract's open SLA items.
  'contracts.archive': (ctx, { id }) => changed(ctx, 'sla', changed(ctx, 'contracts', archiveContract(ctx, id))),
  'contracts.restore': (ctx, { id }) => changed(ctx, 'contracts', restoreContract(ctx, id)),
  'contracts.targets.set': (ctx, input) => changed(ctx, 'contracts', setKpiTarget(ctx, input)),
  'contracts.targets.remove': (ctx, { id }) => {
    removeKpiTarget(ctx, id);
    return changed(ctx, 'contracts', { removed: true as const });
  },
  'contracts.progress': (ctx, { id }) => contractProgress(ctx, id),
};
