import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ERROR_CODES } from '../../../../src/shared/api/app-error';
import { FORMULAS, hostileValue } from '../../../helpers/hostile-values';
import { openTestBackend, type TestBackend } from '../../../helpers/temp-workspace';
import { sampleWorkbook } from './parsers/sample-workbook';

/**
 * Broken and hostile files through every importer (Amazon seller performance JSON, plain and
 * gzip; Amazon sales and traffic JSON; CSV/TSV in every encoding; XLSX): truncated, bytes flipped
 * or inserted, JSON values of the wrong type, huge fields, formulas in cells, wrong encodings,
 * binary garbage. The import must answer (imported, rejected, duplicate, or a clear AppError),
 * never crash, and leave the database unchanged unless it imported.
 * STOREFLEET_FUZZ_RUNS sets the cases per importer and mutation family (default 40).
 */
const RUNS = Number(process.env.STOREFLEET_FUZZ_RUNS ?? 40);
const FIXTURES = join(__dirname, '../../../fixtures/imports');

let backend: TestBackend;
let usStore: number;
const tally: Record<string, number> = {};

beforeAll(() => {
  backend = openTestBackend();
  const client = backend.api.call('clients.create', { name: 'Lumora', language: 'zh-CN', reportingCurrency: 'CNY' });
  const base = { clientId: client.id, platform: 'amazon', sellerId: 'A1LUMORA', stage: 'mature', status: 'active' } as const;
  usStore = backend.api.call('stores.create', { ...base, displayName: 'US Flagship', marketplace: 'US' }).id;
  backend.api.call('stores.create', { ...base, displayName: 'JP Store', marketplace: 'JP' });
});

afterAll(() => {
  const total = Object.values(tally).reduce((a, b) => a + b, 0);
  console.info(`importer fuzz: ${total} files; ${JSON.stringify(tally)}`);
  backend.dispose();
});

interface Importer {
  name: string;
  fileName: string;
  bytes: () => Promise<Buffer> | Buffer;
}

const fixture = (name: string) => () => readFileSync(join(FIXTURES, name));
const IMPORTERS: Importer[] = [
  { name: 'seller performance JSON', fileName: 'perf.json', bytes: fixture('seller-performance-us-jp.json') },
  { name: 'seller performance gzip', fileName: 'perf.json.gz', bytes: fixture('seller-performance-us-jp.json.gz') },
  { name: 'sales and traffic JSON', fileName: 'sales.json', bytes: fixture('sales-traffic-us.json') },
  { name: 'long CSV (UTF-8 BOM)', fileName: 'long.csv', bytes: fixture('long-utf8-bom.csv') },
  { name: 'long TSV', fileName: 'long.tsv', bytes: fixture('long-tab.tsv') },
  { name: 'semicolon CSV', fileName: 'de.csv', bytes: fixture('long-semicolon-de.csv') },
  { name: 'wide CSV (Shift_JIS)', fileName: 'wide.csv', bytes: fixture('wide-shift-jis.csv') },
  { name: 'XLSX', fileName: 'data.xlsx', bytes: sampleWorkbook },
];

function tableCounts(): string {
  const { sqlite } = backend.ctx.workspace;
  return ['import_batches', 'import_files', 'metric_snapshots', 'audit_log', 'alerts']
    .map((t) => (sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n)
    .join(',');
}

/** Undoes what a mutated file did import, so the next case starts from the same workspace. */
function undo(batchId: number | null): void {
  if (batchId !== null) backend.api.call('imports.undo', { batchId });
}

async function importChecked(fileName: string, bytes: Buffer, family: string, skipInvalid: boolean): Promise<void> {
  const before = tableCounts();
  const answer = await backend.api.handle('imports.run', { fileName, contentBase64: bytes.toString('base64'), storeId: usStore, skipInvalid });
  tally[family] = (tally[family] ?? 0) + 1;
  if (!answer.ok) {
    expect(APP_ERROR_CODES).toContain(answer.error.code);
    expect(answer.error.code, answer.error.message).not.toBe('internal');
    expect(tableCounts()).toBe(before);
    return;
  }
  const result = answer.value as { status: string; batchId: number | null; issues: { message: string }[] };
  if (result.status === 'imported') return undo(result.batchId);
  expect(result.status === 'rejected' || result.status === 'duplicate').toBe(true);
  if (result.status === 'rejected') expect(result.issues[0]?.message.length ?? 0).toBeGreaterThan(0);
  expect(tableCounts()).toBe(before);
}

/** Replaces one scalar somewhere in a JSON document with a hostile value of any type. */
function mutateJson(document: unknown, pick: number, replacement: unknown): unknown {
  let index = 0;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    return index++ === pick ? replacement : value;
  };
  return visit(document);
}

const byteMutations = (bytes: Buffer) =>
  fc.oneof(
    fc.nat(bytes.length).map((at) => ({ family: 'truncated', data: bytes.subarray(0, at) })),
    fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }).map((flips) => {
      const copy = Buffer.from(bytes);
      for (const [at, value] of flips) copy[at] = value;
      return { family: 'bytes flipped', data: copy };
    }),
    fc.tuple(fc.nat(bytes.length), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => ({
      family: 'bytes inserted',
      data: Buffer.concat([bytes.subarray(0, at), Buffer.from(junk), bytes.subarray(at)]),
    })),
    fc.uint8Array({ maxLength: 4096 }).map((junk) => ({ family: 'binary garbage', data: Buffer.from(junk) })),
  );

function textMutations(text: string) {
  const lines = text.split(/\r?\n/);
  return fc.oneof(
    fc.tuple(fc.nat(lines.length - 1), fc.constantFrom(...FORMULAS)).map(([line, formula]) => ({
      family: 'formula cells',
      data: Buffer.from(lines.map((l, i) => (i === line && i > 0 ? l.replace(/[^,;\t]+$/, formula).replace(/^[^,;\t]+/, formula) : l)).join('\n')),
    })),
    fc.tuple(fc.nat(lines.length - 1), fc.integer({ min: 10_000, max: 2_000_000 })).map(([line, size]) => ({
      family: 'huge field',
      data: Buffer.from(lines.map((l, i) => (i === line ? `${l}${'9'.repeat(size)}` : l)).join('\n')),
    })),
    fc.constantFrom('utf-16le', 'utf-16be', 'latin1', 'gb18030', 'shift_jis', 'utf-32le').map((encoding) => ({
      family: 'wrong encoding',
      data: encoding === 'latin1' || encoding === 'utf-32le' ? iconv.encode(text, encoding === 'latin1' ? 'latin1' : 'utf-32le') : iconv.encode(text, encoding),
    })),
  );
}

function jsonMutations(text: string) {
  const document = JSON.parse(text) as unknown;
  return fc.tuple(fc.nat(400), hostileValue).map(([pick, value]) => ({
    family: 'wrong JSON types',
    data: Buffer.from(JSON.stringify(mutateJson(document, pick, value === undefined ? null : value))),
  }));
}

describe('every importer answers broken and hostile files with a clear verdict and writes nothing it refuses', () => {
  it.each(IMPORTERS)('$name', async ({ fileName, bytes }) => {
    const original = await bytes();
    const plain = fileName.endsWith('.gz') ? gunzipSync(original) : original;
    const isText = !fileName.endsWith('.xlsx');
    const mutations = isText
      ? fc.oneof(byteMutations(original), fileName.includes('.json') ? jsonMutations(plain.toString('utf8')) : textMutations(plain.toString('utf8')))
      : byteMutations(original);
    await fc.assert(
      fc.asyncProperty(mutations, fc.boolean(), async ({ family, data }, skipInvalid) => importChecked(fileName, data, family, skipInvalid)),
      { numRuns: RUNS },
    );
  }, 300_000);
});
