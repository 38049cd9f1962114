import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import type { ColumnMapping } from '@shared/api/column-mapping-schemas';
import type { ImportPreview, ImportResult } from '@shared/api/import-schemas';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { importBatches, importFiles } from '../db/schema';
import { invalidField } from '../errors';
import type { RunningJob } from '../jobs/job-registry';
import { evaluateStores } from '../kpi/evaluate-stores';
import { getStore } from '../stores/store-service';
import { checkImportSize } from './import-size-limit';
import { IssueCollector } from './issue-collector';
import { findMapping } from './mapping-presets';
import { parseImportFile } from './parsers/parse-import-file';
import { chooseBuiltInMapping } from './parsers/tabular/column-mapping';
import { sampleRows } from './sample-rows';
import { createSnapshotCollector } from './snapshot-collector';
import { createStoreResolver } from './store-resolver';
import { writeSnapshotRows } from './write-snapshot-rows';

export interface ImportRequest {
  fileName: string;
  bytes: Buffer;
  storeId?: number;
  mapping?: string | ColumnMapping;
  encoding?: string;
  skipInvalid?: boolean;
  /** "api" when a connector fetched the report; the file is kept the same way. */
  source?: 'file' | 'api';
  /** The job this run reports progress under and can be cancelled by. */
  jobId?: string;
}

interface Outcome {
  format: ImportResult['format'];
  encoding: string | null;
  mappingName: string | null;
  rows: number;
  rejected: number;
  issues: IssueCollector;
  recordsByStore: Map<number, number>;
  batchId: number | null;
}

/** Originals are archives read rarely: the fastest gzip level costs a sixth of the default's time for a few % more bytes. */
const ARCHIVE_GZIP_LEVEL = 1;

function committedDuplicate(ctx: CoreContext, hash: string): { batchId: number; format: string } | null {
  const row = ctx.workspace.db
    .select({ batchId: importBatches.id, format: importFiles.format })
    .from(importFiles)
    .innerJoin(importBatches, eq(importBatches.id, importFiles.importBatchId))
    .where(and(eq(importFiles.contentHash, hash), eq(importBatches.status, 'committed')))
    .get();
  return row ?? null;
}

/** Reports progress (which throws if the user cancelled) and lets the event loop deliver it. */
async function pause(job: RunningJob, done: number, total: number): Promise<void> {
  job.progress(done, total);
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Steps of an import's progress bar. */
const PROGRESS_STEPS = 1000;

/**
 * Reads and checks the whole file first, then writes it in one transaction only when asked to
 * commit and the file is acceptable: with any invalid record and no "skip invalid rows", nothing
 * is written. Calls are serialised by the API, so the transaction is never shared while it yields.
 */
async function execute(ctx: CoreContext, request: ImportRequest, commit: boolean, hash: string): Promise<Outcome> {
  const job = ctx.jobs.start(request.jobId ?? randomUUID(), request.fileName);
  try {
    return await executeAsJob(ctx, request, commit, hash, job);
  } finally {
    job.finish();
  }
}

async function executeAsJob(ctx: CoreContext, request: ImportRequest, commit: boolean, hash: string, job: RunningJob): Promise<Outcome> {
  const { sqlite, db } = ctx.workspace;
  const mapping = typeof request.mapping === 'string' ? findMapping(ctx, request.mapping) : request.mapping;
  const chosen = request.storeId ? getStore(ctx, request.storeId) : null;
  if (chosen?.archivedAt) throw invalidField('storeId', 'archived', `store ${chosen.id} is archived; restore it first`);
  const issues = new IssueCollector(request.fileName);
  const at = ctx.now().toISOString();
  // Reading is the whole progress bar of a dry run and the first half of an import; writing is the rest.
  const readShare = commit ? PROGRESS_STEPS / 2 : PROGRESS_STEPS;
  // A streamed workbook does not know its size (total 0): the bar then shows only that work goes on.
  const progress = (base: number, share: number) => (done: number, total: number) =>
    total === 0 ? pause(job, done, 0) : pause(job, base + Math.round((share * done) / total), PROGRESS_STEPS);

  const collector = createSnapshotCollector({ resolveStore: createStoreResolver(ctx, chosen), issues });
  const parsed = await parseImportFile(
    request.bytes,
    request.fileName,
    { mapping, encoding: request.encoding, asOf: at.slice(0, 10), pause: progress(0, readShare) },
    collector.sink,
  );
  const stats = collector.stats();
  const outcome: Outcome = {
    format: parsed.format ?? 'delimited',
    encoding: parsed.encoding ?? null,
    mappingName: typeof request.mapping === 'string' ? request.mapping : null,
    rows: stats.rows,
    rejected: Math.max(stats.rejected, issues.rejectedRows),
    issues,
    recordsByStore: stats.recordsByStore,
    batchId: null,
  };
  const acceptable = parsed.format !== null && stats.rows > 0 && (issues.count === 0 || request.skipInvalid === true);
  if (!commit || !acceptable) return outcome;

  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const batch = db
      .insert(importBatches)
      .values({
        source: request.source ?? 'file', sourceName: request.fileName, contentHash: hash, actor: ctx.actor, createdAt: at,
        format: parsed.format, rowCount: stats.rows, skippedCount: outcome.rejected, storeIds: [...stats.recordsByStore.keys()],
      })
      .returning({ id: importBatches.id })
      .get();
    await writeSnapshotRows(sqlite, collector.rows, batch.id, progress(readShare, PROGRESS_STEPS - readShare));
    db.insert(importFiles)
      .values({ importBatchId: batch.id, fileName: request.fileName, format: parsed.format!, byteSize: request.bytes.length, contentHash: hash, contentGzip: gzipSync(request.bytes, { level: ARCHIVE_GZIP_LEVEL }) })
      .run();
    recordAudit(ctx, { action: 'import', entity: 'import_batch', entityId: batch.id, details: { fileName: request.fileName, rows: stats.rows, skipped: outcome.rejected } });
    commitLater(sqlite);
    return { ...outcome, batchId: batch.id };
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Commits without copying the write-ahead log back into the file on the spot: for a big import
 * that copy is a tenth of the time, and it can wait until the event loop is idle. A connection
 * closed first checkpoints on close; SQLite replays the log at the next open in any case.
 */
function commitLater(sqlite: Database.Database): void {
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.exec('COMMIT');
  checkpointWhenIdle(sqlite);
}

function checkpointWhenIdle(sqlite: Database.Database): void {
  setTimeout(() => {
    if (!sqlite.open) return;
    // Another import may be pausing inside its transaction: try again once it is done.
    if (sqlite.inTransaction) return checkpointWhenIdle(sqlite);
    sqlite.pragma('wal_checkpoint(PASSIVE)');
    sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
  }, 0).unref();
}

const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A dry run: every check of a real import, nothing written. */
export async function previewImport(ctx: CoreContext, request: ImportRequest): Promise<ImportPreview> {
  checkImportSize(ctx, request.fileName, request.bytes.length);
  const hash = sha256(request.bytes);
  const outcome = await execute(ctx, request, false, hash);
  const sample = await sampleRows(request.bytes, request.fileName, request.encoding);
  return {
    format: outcome.format,
    encoding: outcome.encoding,
    header: sample.header,
    sampleRows: sample.rows,
    mappingName: outcome.mappingName ?? (request.mapping === undefined && sample.header ? chooseBuiltInMapping(sample.header) : null),
    recordCount: outcome.rows,
    issueCount: outcome.issues.count,
    issues: outcome.issues.kept,
    stores: [...outcome.recordsByStore].map(([storeId, records]) => ({ storeId, displayName: getStore(ctx, storeId).displayName, records })),
    duplicateOfBatchId: committedDuplicate(ctx, hash)?.batchId ?? null,
  };
}

/** Imports a file as one undoable batch, keeps the original, and re-evaluates the stores it touched. */
export async function runImport(ctx: CoreContext, request: ImportRequest): Promise<ImportResult> {
  checkImportSize(ctx, request.fileName, request.bytes.length);
  const hash = sha256(request.bytes);
  const duplicate = committedDuplicate(ctx, hash);
  if (duplicate !== null) {
    const format = duplicate.format as ImportResult['format'];
    return { status: 'duplicate', batchId: duplicate.batchId, format, rowCount: 0, skippedCount: 0, issueCount: 0, issues: [], storeIds: [] };
  }
  const outcome = await execute(ctx, request, true, hash);
  const storeIds = [...outcome.recordsByStore.keys()];
  if (outcome.batchId !== null) {
    evaluateStores(ctx, storeIds);
    ctx.events.emit('workspace.changed', { entity: 'imports' });
  }
  if (outcome.batchId === null && outcome.rows === 0 && outcome.issues.count === 0) {
    outcome.issues.add({ line: null, column: null, value: null, message: 'the file holds no records to import', code: 'no_records' });
  }
  return {
    status: outcome.batchId === null ? 'rejected' : 'imported',
    batchId: outcome.batchId,
    format: outcome.format,
    rowCount: outcome.batchId === null ? 0 : outcome.rows,
    skippedCount: outcome.batchId === null ? 0 : outcome.rejected,
    issueCount: outcome.issues.count,
    issues: outcome.issues.kept,
    storeIds: outcome.batchId === null ? [] : storeIds,
  };
}
