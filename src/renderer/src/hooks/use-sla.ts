import type { ProcedureInput } from '@shared/api/contract';
import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

const SLA_KEYS = [queryKeys.sla, queryKeys.contracts, queryKeys.overview, queryKeys.alerts] as const;

export const useSlaItems = (input: ProcedureInput<'sla.list'> = {}) =>
  useInvokeQuery([...queryKeys.sla, 'list', input ?? {}], 'sla.list', input);

export const useSlaCompliance = (input: ProcedureInput<'sla.compliance'>) =>
  useInvokeQuery([...queryKeys.sla, 'compliance', input], 'sla.compliance', input);

export const useLogClientRequest = () => useInvokeMutation('sla.logRequest', SLA_KEYS);
export const useAnswerClientRequest = () => useInvokeMutation('sla.answerRequest', SLA_KEYS);
export const usePauseSlaItem = () => useInvokeMutation('sla.pause', SLA_KEYS);
export const useResumeSlaItem = () => useInvokeMutation('sla.resume', SLA_KEYS);
export const useWaiveSlaItem = () => useInvokeMutation('sla.waive', SLA_KEYS);

export const useSlaHistory = (id: number | null) =>
  useInvokeQuery([...queryKeys.sla, 'history', id], 'sla.history', { id: id ?? 0 }, { enabled: id !== null });
