import { useSyncStatus } from '../../../hooks/use-connections';
import { SyncStatusCard } from './SyncStatusCard';

/** The sync status on a store's own page, for stores that have a connection; nothing otherwise. */
export function StoreSyncPanel({ storeId }: { storeId: number }) {
  const status = useSyncStatus(storeId);
  const current = status.data?.[0];
  return current ? <SyncStatusCard storeId={storeId} status={current} /> : null;
}
