import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { AppError } from '@shared/api/app-error';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '@shared/api/contract';
import { useBridge } from '../bridge/bridge-context';

/** A query over one procedure of the contract. */
export function useInvokeQuery<P extends ProcedureName>(
  queryKey: QueryKey,
  procedure: P,
  input?: ProcedureInput<P>,
  options: { enabled?: boolean } = {},
) {
  const bridge = useBridge();
  return useQuery<ProcedureOutput<P>, AppError>({
    queryKey,
    queryFn: () => bridge.invoke(procedure, input),
    ...options,
  });
}

/** A mutation over one procedure; on success it refreshes every query under `invalidates`. */
export function useInvokeMutation<P extends ProcedureName>(procedure: P, invalidates: readonly QueryKey[]) {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation<ProcedureOutput<P>, AppError, ProcedureInput<P>>({
    mutationFn: (input) => bridge.invoke(procedure, input),
    onSuccess: () => Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
