import { useMemo } from 'react';
import type { ColumnSet } from '@shared/api/column-set-schemas';
import { useColumnSets } from '../../hooks/use-column-sets';
import { columnsKeyOf, metricKeysOf, resolveColumns } from './column-set-choice';
import type { ColumnChoice } from './matrix-view-state';

export interface ViewColumns {
  /** Null while a saved set is still loading. */
  metricKeys: string[] | null;
  /** The chosen saved set no longer exists or cannot be read: the default preset is shown instead. */
  missing: boolean;
  savedSet: ColumnSet | null;
  savedSets: ColumnSet[] | undefined;
}

/** The metric columns of the view, the same array for the same columns (queries and the grid key on it). */
export function useViewColumns(choice: ColumnChoice): ViewColumns {
  const savedSets = useColumnSets();
  const resolved = resolveColumns(choice, savedSets.data, savedSets.isError);
  const columnsKey = columnsKeyOf(resolved);
  const metricKeys = useMemo(() => metricKeysOf(columnsKey), [columnsKey]);
  return {
    metricKeys,
    missing: resolved.status === 'missing',
    savedSet: resolved.status === 'ready' ? resolved.savedSet : null,
    savedSets: savedSets.data,
  };
}
