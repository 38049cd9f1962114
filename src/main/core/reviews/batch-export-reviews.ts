import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { BatchExportInput, BatchExportResult } from '@shared/api/review-schemas';
import type { Client } from '@shared/api/client-schemas';
import type { CoreContext } from '../core-context';
import { invalidField } from '../errors';
import { writeWholeFile } from '../files/write-whole-file';
import { JobCancelled } from '../jobs/job-registry';
import { listClients } from '../clients/client-service';
import { finishReviewExport, prepareReviewExport, type PreparedReviewExport } from './export-review';

/**
 * Every active client's review of the month into one folder, as a job with progress and cancel.
 * A client that fails is reported and the others go on; a cancel stops before the next client
 * and keeps the files already written (each one whole). PDFs share one print session, and the
 * next client's data is read while the engine prints the previous one.
 */
export async function batchExportReviews(ctx: CoreContext, input: BatchExportInput): Promise<BatchExportResult> {
  if (!isAbsolute(input.folder)) throw invalidField('folder', 'not_absolute', `${input.folder} is not an absolute path`);
  if (!existsSync(input.folder) || !statSync(input.folder).isDirectory()) throw invalidField('folder', 'not_found', `the folder ${input.folder} does not exist`);
  const clients = listClients(ctx, {});
  const job = ctx.jobs.start(input.jobId ?? randomUUID(), `reviews ${input.month}`);
  const result: BatchExportResult = { folder: input.folder, month: input.month, format: input.format, written: [], failed: [], cancelled: false };
  const failed = (client: Client, error: unknown) =>
    result.failed.push({ clientId: client.id, clientName: client.name, message: error instanceof Error ? error.message : String(error) });
  const session = input.format === 'pdf' && ctx.pdfPrinter?.openSession ? await ctx.pdfPrinter.openSession() : null;
  const printer = session ?? ctx.pdfPrinter;
  let inFlight: Promise<void> = Promise.resolve();
  try {
    job.progress(0, clients.length);
    for (const [index, client] of clients.entries()) {
      let prepared: PreparedReviewExport | null = null;
      try {
        prepared = prepareReviewExport(ctx, { clientId: client.id, month: input.month, format: input.format, language: input.language });
      } catch (error) {
        failed(client, error);
      }
      await inFlight;
      if (index > 0) job.progress(index, clients.length);
      const ready = prepared;
      inFlight = ready
        ? finishReviewExport(ctx, ready, printer).then(
            (file) => {
              writeWholeFile(join(input.folder, file.fileName), Buffer.from(file.base64, 'base64'));
              result.written.push({ clientId: client.id, clientName: client.name, fileName: file.fileName, byteLength: file.byteLength, sha256: file.sha256 });
            },
          ).catch((error: unknown) => void failed(client, error))
        : Promise.resolve();
    }
    await inFlight;
    job.progress(clients.length, clients.length);
  } catch (error) {
    if (!(error instanceof JobCancelled)) throw error;
    result.cancelled = true;
  } finally {
    await inFlight;
    await session?.close();
    job.finish();
  }
  return result;
}
