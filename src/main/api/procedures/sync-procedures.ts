import { configureSync, listSyncStatuses, providerOfStore } from '../../core/sync/sync-state-service';
import { changed, type ProcedureTable } from '../procedure-table';

type SyncProcedure = 'sync.status' | 'sync.configure' | 'sync.now';

export const syncProcedures: ProcedureTable<SyncProcedure> = {
  'sync.status': (ctx, input) => listSyncStatuses(ctx, ctx.sync.isRunning, input?.storeId),
  'sync.configure': (ctx, input) => changed(ctx, 'sync', configureSync(ctx, input)),
  'sync.now': (ctx, { storeId }) => {
    providerOfStore(ctx, storeId);
    // The outcome is recorded in the store's sync status; nobody waits for it here.
    const { started } = ctx.sync.syncNow(storeId);
    return changed(ctx, 'sync', { storeId, started, reason: started ? ('started' as const) : ('already_running' as const) });
  },
};
