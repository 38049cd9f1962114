import type { ProcedureInput } from '@shared/api/contract';
import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

// Rates live under the contracts key: fee statements are the only thing they change.
const FX_KEYS = [queryKeys.contracts] as const;

export const useFxRates = (input: ProcedureInput<'fx.list'> = {}) =>
  useInvokeQuery([...queryKeys.contracts, 'fx', input ?? {}], 'fx.list', input);

export const useSetFxRate = () => useInvokeMutation('fx.set', FX_KEYS);
export const useRemoveFxRate = () => useInvokeMutation('fx.remove', FX_KEYS);
