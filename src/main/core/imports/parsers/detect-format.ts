import { gunzipSync } from 'node:zlib';
import type { IssueParams } from '../import-sink';

export type ImportFormat = 'amazon_seller_performance' | 'amazon_sales_traffic' | 'xlsx' | 'delimited';

export interface ImportFile {
  format: ImportFormat;
  /** The content, gunzipped when it was gzip. */
  bytes: Buffer;
  /** The parsed document for the JSON formats, so it is not parsed twice. */
  json?: unknown;
}

/** A file Storefleet cannot read, with a message that says why and what to do. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    /** Stable machine code for the UI to translate (see ParseIssue.code). */
    readonly code: string,
    readonly params: IssueParams = {},
    /** 1-based line the problem is on, when there is one (a JSON syntax error). */
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

/** How many leading bytes are inspected to tell text from binary. */
const SNIFF_BYTES = 8192;

/**
 * Decides what a file is by its content, never by its name: SP-API downloads arrive as
 * `.gz` or nameless, and users rename exports. Gzip is unpacked first (Amazon serves report
 * documents with `compressionAlgorithm: GZIP`).
 */
export function readImportFile(input: Uint8Array, fileName: string): ImportFile {
  let bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new ImportFileError(`${fileName} is a damaged gzip file (${error instanceof Error ? error.message : String(error)}); download it again.`, 'damaged_gzip', { fileName });
    }
  }
  if (bytes.length === 0) throw new ImportFileError(`${fileName} is empty.`, 'empty_file', { fileName });
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return { format: 'xlsx', bytes };
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new ImportFileError(`${fileName} is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that.`, 'old_excel', { fileName });
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && looksBinary(bytes)) {
    throw new ImportFileError(`${fileName} is not a text, JSON or Excel file Storefleet can read; import an Amazon report (JSON), a CSV/TSV export or an .xlsx workbook.`, 'binary_file', { fileName });
  }
  const first = utf16 ? undefined : firstVisibleByte(bytes);
  // '{' or '[': no export tool starts a CSV header with a brace or bracket.
  if (first === 0x7b || first === 0x5b) return readJson(bytes, fileName);
  return { format: 'delimited', bytes };
}

function readJson(bytes: Buffer, fileName: string): ImportFile {
  const text = new TextDecoder('utf-8').decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const line = lineOfPosition(text, reason);
    const where = line === null ? '' : ` near line ${line}`;
    throw new ImportFileError(`${fileName} is not valid JSON${where} (${reason}); if it was downloaded, it may be cut off: download it again.`, 'json_syntax', line === null ? { fileName } : { fileName, line }, line);
  }
  const keys = json !== null && typeof json === 'object' && !Array.isArray(json) ? Object.keys(json) : [];
  if (keys.includes('performanceMetrics') || keys.includes('accountStatuses')) return { format: 'amazon_seller_performance', bytes, json };
  if (keys.includes('salesAndTrafficByDate') || keys.includes('salesAndTrafficByAsin')) return { format: 'amazon_sales_traffic', bytes, json };
  throw new ImportFileError(
    `${fileName} is JSON but not a report Storefleet knows (top-level fields: ${keys.slice(0, 8).join(', ') || 'none'}); ` +
      'import GET_V2_SELLER_PERFORMANCE_REPORT or GET_SALES_AND_TRAFFIC_REPORT documents.',
    'unknown_report',
    { fileName, fields: keys.slice(0, 8).join(', ') || '-' },
  );
}

/** Control characters other than tab, line feed, carriage return, form feed and escape mean binary. */
function looksBinary(bytes: Buffer): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return control > end * 0.01;
}

/** The first byte after a UTF-8 byte order mark and white space. */
function firstVisibleByte(bytes: Buffer): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i];
}

/** V8 says "... at position 1234" (sometimes "(line 3 column 5)"); turn that into a line number. */
function lineOfPosition(text: string, reason: string): number | null {
  const lineColumn = /line (\d+) column \d+/.exec(reason);
  if (lineColumn?.[1]) return Number(lineColumn[1]);
  const position = /position (\d+)/.exec(reason);
  const at = position?.[1] !== undefined ? Number(position[1]) : /end of JSON input/.test(reason) ? text.length : null;
  if (at === null) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
