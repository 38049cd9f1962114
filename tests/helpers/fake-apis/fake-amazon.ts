import { gzipSync } from 'node:zlib';
import { startFakeServer, type FakeServer, type ReceivedRequest, type Reply } from './fake-http-server';

export const AMAZON_SECRETS = { client_id: 'amzn1.application-oa2-client.test', client_secret: 'lwa-client-secret-XYZZY-7731', refresh_token: 'Atzr|refresh-token-PLUGH-4419' };

type Status = 'IN_QUEUE' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED' | 'FATAL';

export interface AmazonScript {
  /** Processing statuses answered per report type, one per poll (the last repeats). */
  statuses: Record<string, Status[]>;
  /** Report documents per report type (served gzipped). */
  documents: Record<string, Buffer>;
  /** Answer 429 with this Retry-After to the first N report creations. */
  rateLimitCreates?: { times: number; retryAfter: string };
  /** Declare the first access token expired after this many SP-API calls. */
  expireFirstTokenAfter?: number;
}

export interface FakeAmazon extends FakeServer {
  tokenRequests: URLSearchParams[];
  spApiCalls: ReceivedRequest[];
  downloads: ReceivedRequest[];
}

/** Login with Amazon and the Reports API on one 127.0.0.1 server, strict about what it receives. */
export async function startFakeAmazon(script: AmazonScript): Promise<FakeAmazon> {
  const tokenRequests: URLSearchParams[] = [];
  const spApiCalls: ReceivedRequest[] = [];
  const downloads: ReceivedRequest[] = [];
  const issued: string[] = [];
  const expired = new Set<string>();
  const reports = new Map<string, { type: string; polls: number }>();
  let rateLimited = 0;
  let base = '';

  function unauthorized(message: string): Reply {
    return { status: 403, json: { errors: [{ code: 'Unauthorized', message }] } };
  }

  const server = await startFakeServer((req) => {
    if (req.method === 'POST' && req.path === '/auth/o2/token') {
      const form = new URLSearchParams(req.body);
      tokenRequests.push(form);
      if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) return { status: 400, json: { error: 'invalid_request' } };
      if (form.get('grant_type') !== 'refresh_token') return { status: 400, json: { error: 'unsupported_grant_type' } };
      if (form.get('client_id') !== AMAZON_SECRETS.client_id || form.get('client_secret') !== AMAZON_SECRETS.client_secret) return { status: 401, json: { error: 'invalid_client' } };
      if (form.get('refresh_token') !== AMAZON_SECRETS.refresh_token) return { status: 400, json: { error: 'invalid_grant' } };
      const token = `Atza|access-${issued.length + 1}`;
      issued.push(token);
      return { json: { access_token: token, token_type: 'bearer', expires_in: 3600, refresh_token: AMAZON_SECRETS.refresh_token } };
    }
    if (req.path.startsWith('/download/')) {
      downloads.push(req);
      if (req.headers['x-amz-access-token']) return { status: 400, json: { error: 'pre-signed URLs take no access token' } };
      const type = decodeURIComponent(req.path.slice('/download/'.length));
      return { bytes: gzipSync(script.documents[type] ?? Buffer.from('{}')) };
    }
    if (!req.path.startsWith('/reports/2021-06-30/')) return { status: 404, json: { errors: [{ code: 'NotFound' }] } };
    spApiCalls.push(req);
    const token = String(req.headers['x-amz-access-token'] ?? '');
    if (!issued.includes(token)) return unauthorized('Access to requested resource is denied.');
    if (script.expireFirstTokenAfter !== undefined && token === issued[0] && spApiCalls.length > script.expireFirstTokenAfter) expired.add(token);
    if (expired.has(token)) return unauthorized('The access token you provided has expired.');
    if (req.method === 'POST' && req.path === '/reports/2021-06-30/reports') {
      if (script.rateLimitCreates && rateLimited < script.rateLimitCreates.times) {
        rateLimited++;
        return { status: 429, headers: { 'retry-after': script.rateLimitCreates.retryAfter }, json: { errors: [{ code: 'QuotaExceeded' }] } };
      }
      const body = JSON.parse(req.body) as { reportType: string; marketplaceIds: string[] };
      const reportId = String(50_000 + reports.size);
      reports.set(reportId, { type: body.reportType, polls: 0 });
      return { status: 202, json: { reportId } };
    }
    const reportMatch = /^\/reports\/2021-06-30\/reports\/(\d+)$/.exec(req.path);
    if (req.method === 'GET' && reportMatch) {
      const report = reports.get(reportMatch[1]!);
      if (!report) return { status: 404, json: {} };
      const sequence = script.statuses[report.type] ?? ['DONE'];
      const status = sequence[Math.min(report.polls, sequence.length - 1)]!;
      report.polls++;
      return { json: { reportId: reportMatch[1], reportType: report.type, processingStatus: status, ...(status === 'DONE' ? { reportDocumentId: `doc-${report.type}` } : {}) } };
    }
    const documentMatch = /^\/reports\/2021-06-30\/documents\/doc-(.+)$/.exec(req.path);
    if (req.method === 'GET' && documentMatch) {
      return { json: { reportDocumentId: `doc-${documentMatch[1]}`, url: `${base}/download/${documentMatch[1]}`, compressionAlgorithm: 'GZIP' } };
    }
    return { status: 404, json: {} };
  });
  base = server.url;
  return { ...server, tokenRequests, spApiCalls, downloads };
}
