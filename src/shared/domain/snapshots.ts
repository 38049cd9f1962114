/** Where a metric value came from; every snapshot also names its import batch. */
export const SNAPSHOT_SOURCES = ['file', 'api', 'manual', 'demo'] as const;
export type SnapshotSource = (typeof SNAPSHOT_SOURCES)[number];

export const IMPORT_BATCH_STATUSES = ['committed', 'undone'] as const;
export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUSES)[number];
