import { queryKeys } from './query-keys';
import { useInvokeQuery } from './use-invoke';

/** The morning view: stores by status, open alerts, most at risk, stale data. */
export const useOverview = () => useInvokeQuery(queryKeys.overview, 'overview.get');
