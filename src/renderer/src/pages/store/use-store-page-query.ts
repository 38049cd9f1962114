import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { localToday } from '../../i18n/format-values';
import { dateRangeFor, readStorePageQuery, writeStorePageQuery, type StorePageQuery } from './store-page-query';

export interface StorePageState {
  query: StorePageQuery;
  /** The first and last day of the chosen range. */
  dates: { from: string; to: string };
  today: string;
  update: (patch: Partial<StorePageQuery>) => void;
}

/** The page's range, metric group and focused metric, read from and written to the URL. */
export function useStorePageQuery(): StorePageState {
  const [params, setParams] = useSearchParams();
  const today = localToday();
  const query = useMemo(() => readStorePageQuery(params, today), [params, today]);
  const { from, to } = dateRangeFor(query.range, today);
  const dates = useMemo(() => ({ from, to }), [from, to]);
  // Replace, not push: flicking through ranges should not fill the back button's history.
  const update = useCallback(
    (patch: Partial<StorePageQuery>) => setParams((current) => writeStorePageQuery(current, patch), { replace: true }),
    [setParams],
  );
  return { query, dates, today, update };
}
