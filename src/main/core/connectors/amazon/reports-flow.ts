import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { ConnectorError } from '../connector-error';
import { backoffDelay, request, type NetworkDeps } from '../http-request';
import type { SpApiClient } from './sp-api-client';

export const SYNCED_REPORT_TYPES = ['GET_V2_SELLER_PERFORMANCE_REPORT', 'GET_SALES_AND_TRAFFIC_REPORT'] as const;
export type SyncedReportType = (typeof SYNCED_REPORT_TYPES)[number];

const REPORTS = '/reports/2021-06-30';
const created = z.object({ reportId: z.string().min(1) });
const report = z.object({
  reportId: z.string(),
  processingStatus: z.enum(['IN_QUEUE', 'IN_PROGRESS', 'DONE', 'CANCELLED', 'FATAL']),
  reportDocumentId: z.string().optional(),
});
const documentInfo = z.object({ reportDocumentId: z.string(), url: z.url(), compressionAlgorithm: z.literal('GZIP').optional() });

/** Reports usually finish in seconds to minutes; past this many polls the sync tries again later. */
const MAX_POLLS = 30;

export type ReportOutcome =
  | { reportType: SyncedReportType; status: 'done'; reportId: string; document: Buffer }
  | { reportType: SyncedReportType; status: 'no_data'; reportId: string };

function parse<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ConnectorError('bad_response', `${what}: Amazon's answer has an unexpected shape.`);
  return parsed.data;
}

/** Sales and traffic: the last 14 whole days, daily; seller performance takes no dates. */
function createBody(reportType: SyncedReportType, marketplaceId: string, today: Date): Record<string, unknown> {
  const body: Record<string, unknown> = { reportType, marketplaceIds: [marketplaceId] };
  if (reportType === 'GET_SALES_AND_TRAFFIC_REPORT') {
    const day = 86_400_000;
    const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - 1);
    body.dataStartTime = new Date(end.getTime() + 1 - 14 * day).toISOString();
    body.dataEndTime = end.toISOString();
    body.reportOptions = { dateGranularity: 'DAY', asinGranularity: 'PARENT' };
  }
  return body;
}

/**
 * The Reports API flow: create, poll with backoff until DONE, fetch the document (a pre-signed
 * URL, no access token) and gunzip it. CANCELLED means Amazon had no data; FATAL is thrown so the
 * scheduler retries later.
 */
export async function fetchReport(
  net: NetworkDeps,
  client: SpApiClient,
  reportType: SyncedReportType,
  marketplaceId: string,
  today: Date,
  onPoll: (polls: number) => void = () => {},
): Promise<ReportOutcome> {
  const { reportId } = parse(created, await client.call('POST', `${REPORTS}/reports`, `Amazon ${reportType} request`, createBody(reportType, marketplaceId, today)), 'creating the report');
  for (let poll = 0; poll < MAX_POLLS; poll++) {
    const what = `Amazon report ${reportId} (${reportType})`;
    const state = parse(report, await client.call('GET', `${REPORTS}/reports/${encodeURIComponent(reportId)}`, what), what);
    onPoll(poll + 1);
    if (state.processingStatus === 'CANCELLED') return { reportType, status: 'no_data', reportId };
    if (state.processingStatus === 'FATAL') {
      throw new ConnectorError('report_fatal', `${what} failed on Amazon's side (FATAL); Storefleet will request it again later.`);
    }
    if (state.processingStatus === 'DONE') {
      if (!state.reportDocumentId) throw new ConnectorError('bad_response', `${what} is DONE but names no document.`);
      return { reportType, status: 'done', reportId, document: await download(net, client, state.reportDocumentId) };
    }
    await net.sleep(backoffDelay(poll, net.random));
  }
  throw new ConnectorError('server', `Amazon report ${reportId} (${reportType}) was still being prepared after ${MAX_POLLS} checks; Storefleet will try again later.`);
}

async function download(net: NetworkDeps, client: SpApiClient, documentId: string): Promise<Buffer> {
  const what = `Amazon report document ${documentId}`;
  const info = parse(documentInfo, await client.call('GET', `${REPORTS}/documents/${encodeURIComponent(documentId)}`, what), what);
  const response = await request(net, { method: 'GET', url: info.url, what });
  if (!response.ok) throw new ConnectorError('server', `${what}: the download answered HTTP ${response.status} (its link lasts about five minutes); Storefleet will try again.`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (info.compressionAlgorithm !== 'GZIP') return bytes;
  try {
    return gunzipSync(bytes);
  } catch {
    throw new ConnectorError('bad_response', `${what} is marked GZIP but does not unpack; Storefleet will download it again later.`);
  }
}
