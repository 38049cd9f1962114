import type { NetworkDeps } from '../connectors/http-request';

/** What a sync needs from its host besides the context. */
export interface SyncDeps {
  net: NetworkDeps;
  /**
   * Runs database work in the API's queue of calls: an import holds its transaction across
   * awaits, so anything else touching the same connection must wait its turn.
   */
  exclusive: <T>(work: () => T | Promise<T>) => Promise<T>;
}

/** One report or document a connector fetched, ready for the importer. */
export interface FetchedDocument {
  fileName: string;
  bytes: Buffer;
  mapping?: 'storefleet-long';
}
