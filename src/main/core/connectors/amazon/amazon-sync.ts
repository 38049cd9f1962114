import type { CoreContext } from '../../core-context';
import { readSecrets } from '../../credentials/credential-service';
import { getStore } from '../../stores/store-service';
import type { FetchedDocument, SyncDeps } from '../../sync/sync-deps';
import { ConnectorError } from '../connector-error';
import { amazonEndpoints } from './amazon-endpoints';
import { fetchReport, SYNCED_REPORT_TYPES } from './reports-flow';
import { spApiClient } from './sp-api-client';

export interface ConnectorRun {
  documents: FetchedDocument[];
  /** Reports the platform had no data for (Amazon CANCELLED). */
  empty: string[];
  /** The first failure, after every other report was still fetched. */
  failure: ConnectorError | null;
}

/** Both synced Amazon reports for one store; one report failing does not lose the other. */
export async function fetchAmazonDocuments(ctx: CoreContext, deps: SyncDeps, storeId: number, endpoint: string | null, onStep: (label: string) => void): Promise<ConnectorRun> {
  const { store, secrets } = await deps.exclusive(async () => ({ store: getStore(ctx, storeId), secrets: await readSecrets(ctx, storeId, 'amazon', 'sync') }));
  const endpoints = amazonEndpoints(store.marketplace, endpoint);
  const client = spApiClient(deps.net, endpoints, secrets, ctx.now);
  const run: ConnectorRun = { documents: [], empty: [], failure: null };
  for (const reportType of SYNCED_REPORT_TYPES) {
    onStep(reportType);
    try {
      const outcome = await fetchReport(deps.net, client, reportType, endpoints.marketplaceId, ctx.now());
      if (outcome.status === 'no_data') run.empty.push(reportType);
      else run.documents.push({ fileName: `${reportType}-${outcome.reportId}.json`, bytes: outcome.document });
    } catch (error) {
      // Signing in failed, or the network is gone: the next report would fail the same way.
      if (!(error instanceof ConnectorError) || error.failure === 'auth' || error.failure === 'offline') throw error;
      run.failure ??= error;
    }
  }
  return run;
}
