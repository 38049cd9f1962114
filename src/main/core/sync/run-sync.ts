import type { SyncSummary } from '@shared/api/sync-schemas';
import { fetchAmazonDocuments, type ConnectorRun } from '../connectors/amazon/amazon-sync';
import { ConnectorError } from '../connectors/connector-error';
import { fetchTikTokDocuments } from '../connectors/tiktok/tiktok-sync';
import type { CoreContext } from '../core-context';
import { runImport } from '../imports/import-service';
import type { RunningJob } from '../jobs/job-registry';
import type { SyncDeps } from './sync-deps';
import { ensureSyncState, providerOfStore, recordSyncAttempt } from './sync-state-service';

export class SyncFailed extends ConnectorError {
  constructor(
    cause: ConnectorError,
    /** What was imported before the failure: it stays imported. */
    readonly summary: SyncSummary,
  ) {
    super(cause.failure, cause.message);
  }
}

/**
 * One sync of one store: fetch over the network (outside the queue of calls), then import every
 * document through the file importer (inside it). Answers what was imported; a failure after
 * some imports throws SyncFailed carrying them.
 */
export async function runSync(ctx: CoreContext, deps: SyncDeps, storeId: number, job: RunningJob, endpointOverride?: string): Promise<SyncSummary> {
  const { provider, endpoint } = await deps.exclusive(() => {
    const state = ensureSyncState(ctx, storeId);
    recordSyncAttempt(ctx, storeId);
    return { provider: providerOfStore(ctx, storeId), endpoint: endpointOverride ?? state.endpoint };
  });
  let step = 0;
  // Two fetches (reports, or shops then performance), the import, done.
  const steps = 4;
  const onStep = () => job.progress(++step, steps);
  const run: ConnectorRun = provider === 'amazon'
    ? await fetchAmazonDocuments(ctx, deps, storeId, endpoint, onStep)
    : await fetchTikTokDocuments(ctx, deps, storeId, endpoint, onStep);
  const summary: SyncSummary = { batches: 0, records: 0, reports: [...run.empty.map((name) => `${name}: no data`)] };
  for (const document of run.documents) {
    job.progress(steps - 1, steps);
    const result = await deps.exclusive(() => runImport(ctx, { fileName: document.fileName, bytes: document.bytes, storeId, mapping: document.mapping, source: 'api' }));
    if (result.status === 'rejected') {
      const first = result.issues[0]?.message ?? 'no records';
      throw new SyncFailed(new ConnectorError('bad_response', `${document.fileName} from the platform could not be imported (${first}); nothing from it was written.`), summary);
    }
    if (result.status === 'imported') {
      summary.batches++;
      summary.records += result.rowCount;
      summary.reports.push(`${document.fileName}: ${result.rowCount} records (batch ${result.batchId})`);
    } else {
      summary.reports.push(`${document.fileName}: already imported (batch ${result.batchId})`);
    }
  }
  job.progress(steps, steps);
  if (run.failure) throw new SyncFailed(run.failure, summary);
  return summary;
}
