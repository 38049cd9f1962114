import {
  archiveStore,
  createStore,
  getStore,
  listStores,
  restoreStore,
  updateStore,
} from '../../core/stores/store-service';
import { changed, type ProcedureTable } from '../procedure-table';

type StoreProcedure = 'stores.list' | 'stores.get' | 'stores.create' | 'stores.update' | 'stores.archive' | 'stores.restore';

export const storeProcedures: ProcedureTable<StoreProcedure> = {
  'stores.list': (ctx, input) => listStores(ctx, input ?? {}),
  'stores.get': (ctx, { id }) => getStore(ctx, id),
  'stores.create': (ctx, input) => changed(ctx, 'stores', createStore(ctx, input)),
  'stores.update': (ctx, { id, patch }) => changed(ctx, 'stores', updateStore(ctx, id, patch)),
  'stores.archive': (ctx, { id }) => changed(ctx, 'stores', archiveStore(ctx, id)),
  'stores.restore': (ctx, { id }) => changed(ctx, 'stores', restoreStore(ctx, id)),
};
