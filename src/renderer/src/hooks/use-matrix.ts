import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

/**
 * Every live store with the cells of these metrics only: a 40-column view of 1,000 stores
 * stays a fraction of the whole matrix. Disabled until the columns are known.
 */
export const useMatrixRows = (metricKeys: readonly string[] | null) => {
  const input = { metricKeys: [...(metricKeys ?? [])] };
  return useInvokeQuery(queryKeys.matrixRows(input), 'matrix.get', input, { enabled: metricKeys !== null });
};

/** Writes the view as a file and answers with its bytes; it changes nothing to refetch. */
export const useExportMatrix = () => useInvokeMutation('matrix.export', []);
