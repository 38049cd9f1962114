import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseMatrixView, serialiseMatrixView, type MatrixViewState } from './matrix-view-state';

/**
 * The matrix view (columns, sort, filters, search, grouping) lives in the URL query, so a
 * view can be bookmarked, shared and reloaded. Changes replace the history entry: typing a
 * search should not leave one Back step per letter.
 */
export function useMatrixViewState(): { view: MatrixViewState; update: (change: (view: MatrixViewState) => MatrixViewState) => void } {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseMatrixView(params), [params]);
  const update = useCallback(
    (change: (view: MatrixViewState) => MatrixViewState) =>
      setParams((current) => serialiseMatrixView(change(parseMatrixView(current))), { replace: true }),
    [setParams],
  );
  return { view, update };
}
