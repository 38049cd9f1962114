import type { ProcedureInput } from '@shared/api/contract';
import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

// A contract's stores, terms and targets drive SLA items, fee lines and the overview tile.
const CONTRACT_KEYS = [queryKeys.contracts, queryKeys.sla, queryKeys.overview] as const;

export const useContracts = (input: ProcedureInput<'contracts.list'> = {}) =>
  useInvokeQuery([...queryKeys.contracts, 'list', input ?? {}], 'contracts.list', input);

export const useContract = (id: number) =>
  useInvokeQuery([...queryKeys.contracts, 'get', id], 'contracts.get', { id }, { enabled: id > 0 });

export const useContractProgress = (id: number) =>
  useInvokeQuery([...queryKeys.contracts, 'progress', id], 'contracts.progress', { id }, { enabled: id > 0 });

export const useFeeStatement = (input: ProcedureInput<'fees.statement'>) =>
  useInvokeQuery([...queryKeys.contracts, 'fees', input], 'fees.statement', input);

export const useCreateContract = () => useInvokeMutation('contracts.create', CONTRACT_KEYS);
export const useUpdateContract = () => useInvokeMutation('contracts.update', CONTRACT_KEYS);
export const useArchiveContract = () => useInvokeMutation('contracts.archive', CONTRACT_KEYS);
export const useRestoreContract = () => useInvokeMutation('contracts.restore', CONTRACT_KEYS);
export const useSetKpiTarget = () => useInvokeMutation('contracts.targets.set', CONTRACT_KEYS);
export const useRemoveKpiTarget = () => useInvokeMutation('contracts.targets.remove', CONTRACT_KEYS);
