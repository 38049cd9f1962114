import { useParams } from 'react-router-dom';
import { ErrorState } from '../../components/ErrorState';
import { useStoreDetail } from '../../hooks/use-store-insights';
import { useAppliedThresholds } from '../../hooks/use-thresholds';
import { StoreNotFound } from './StoreNotFound';
import { StorePageSkeleton } from './StorePageSkeleton';
import { StoreView } from './StoreView';

function parseStoreId(raw: string | undefined): number | null {
  return raw && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

/** One store in depth: `/stores/:storeId`, opened from the matrix, the overview or an alert. */
export function StorePage() {
  const { storeId: raw } = useParams();
  const storeId = parseStoreId(raw);
  const store = useStoreDetail(storeId);
  // Asked for alongside the store, not after it: the charts cannot ask for their series before
  // they know the store's metrics, so this call is on the critical path of the first chart.
  useAppliedThresholds(storeId ?? undefined);
  if (storeId === null || store.error?.code === 'not_found') return <StoreNotFound storeId={raw ?? ''} />;
  if (store.error) return <ErrorState error={store.error} onRetry={() => void store.refetch()} />;
  if (store.isPending) return <StorePageSkeleton />;
  return <StoreView store={store.data} />;
}
