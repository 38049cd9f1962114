import {
  archiveClient,
  createClient,
  getClient,
  listClients,
  restoreClient,
  updateClient,
} from '../../core/clients/client-service';
import { changed, type ProcedureTable } from '../procedure-table';

type ClientProcedure = 'clients.list' | 'clients.get' | 'clients.create' | 'clients.update' | 'clients.archive' | 'clients.restore';

export const clientProcedures: ProcedureTable<ClientProcedure> = {
  'clients.list': (ctx, input) => listClients(ctx, input ?? {}),
  'clients.get': (ctx, { id }) => getClient(ctx, id),
  'clients.create': (ctx, input) => changed(ctx, 'clients', createClient(ctx, input)),
  'clients.update': (ctx, { id, patch }) => changed(ctx, 'clients', updateClient(ctx, id, patch)),
  'clients.archive': (ctx, { id }) => changed(ctx, 'clients', archiveClient(ctx, id)),
  'clients.restore': (ctx, { id }) => changed(ctx, 'clients', restoreClient(ctx, id)),
};
