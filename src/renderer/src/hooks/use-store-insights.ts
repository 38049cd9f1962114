import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AppError } from '@shared/api/app-error';
import type { ProcedureInput, ProcedureOutput } from '@shared/api/contract';
import { useBridge } from '../bridge/bridge-context';
import { queryKeys } from './query-keys';
import { useInvokeQuery } from './use-invoke';

// The store page's reads. Each key sits under the entity whose change makes it stale, so the
// existing invalidations (imports, thresholds, alerts, workspace events) refresh them too.

export const useStoreDetail = (storeId: number | null) =>
  useInvokeQuery([...queryKeys.stores, 'get', storeId], 'stores.get', { id: storeId ?? 0 }, { enabled: storeId !== null });

/** The store's matrix row: its health score and worst status. */
export const useStoreHealth = (storeId: number | null) =>
  useInvokeQuery(queryKeys.matrixRows({ storeId: storeId ?? 0 }), 'matrix.get', { storeId: storeId ?? 0 }, { enabled: storeId !== null });

/**
 * One call per range and set of metrics: every chart on screen draws from it. While another
 * range loads, the charts keep showing the previous one instead of falling back to skeletons.
 */
export function useSeries(input: ProcedureInput<'series.get'>, enabled = true) {
  const bridge = useBridge();
  return useQuery<ProcedureOutput<'series.get'>, AppError>({
    queryKey: queryKeys.series(input),
    queryFn: () => bridge.invoke('series.get', input),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export const useFunnel = (input: ProcedureInput<'funnel.get'>, enabled = true) =>
  useInvokeQuery(queryKeys.funnel(input), 'funnel.get', input, { enabled });

export const useSnapshots = (input: ProcedureInput<'snapshots.list'>, enabled = true) =>
  useInvokeQuery([...queryKeys.storeData, 'snapshots', input], 'snapshots.list', input, { enabled });

export const useStoreOpenAlerts = (storeId: number) => {
  const input = { storeId, status: 'open' } as const;
  return useInvokeQuery(queryKeys.alertList(input), 'alerts.list', input);
};
