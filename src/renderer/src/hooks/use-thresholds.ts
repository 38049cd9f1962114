import type { ProcedureInput } from '@shared/api/contract';
import { THRESHOLD_KEYS, queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

export const useThresholdTargets = (input: ProcedureInput<'thresholds.list'>) =>
  useInvokeQuery(queryKeys.thresholdList(input), 'thresholds.list', input);

export const useSetThreshold = () => useInvokeMutation('thresholds.set', THRESHOLD_KEYS);
export const useRemoveThreshold = () => useInvokeMutation('thresholds.remove', THRESHOLD_KEYS);

/** Every applicable metric of a store with the threshold it is judged by, data or not. */
export const useAppliedThresholds = (storeId: number | undefined) =>
  useInvokeQuery(queryKeys.appliedThresholds(storeId), 'thresholds.applied', { storeId: storeId ?? 0 }, { enabled: storeId !== undefined });
