import type { CredentialTestResult } from '@shared/api/credential-schemas';
import { AppError } from '@shared/api/app-error';
import { ConnectorError } from '../../core/connectors/connector-error';
import { testConnection } from '../../core/connectors/test-connection';
import { listCredentials, removeCredential, setCredential } from '../../core/credentials/credential-service';
import { changed, type ProcedureTable } from '../procedure-table';

type CredentialProcedure = 'credentials.list' | 'credentials.set' | 'credentials.remove' | 'credentials.test';

export const credentialProcedures: ProcedureTable<CredentialProcedure> = {
  'credentials.list': (ctx, input) => listCredentials(ctx, input?.storeId),
  'credentials.set': async (ctx, input) => changed(ctx, 'credentials', await setCredential(ctx, input)),
  'credentials.remove': async (ctx, { id }) => {
    await removeCredential(ctx, id);
    return changed(ctx, 'credentials', { removed: true as const });
  },
  'credentials.test': async (ctx, { storeId, endpoint }): Promise<CredentialTestResult> => {
    try {
      return { ok: true, message: await testConnection(ctx, storeId, endpoint), code: null };
    } catch (error) {
      // A refused connection is an answer to "test", not a failure of the call.
      if (error instanceof ConnectorError) return { ok: false, message: error.message, code: error.failure };
      if (error instanceof AppError && error.code !== 'not_found') return { ok: false, message: error.message, code: error.code };
      throw error;
    }
  },
};
