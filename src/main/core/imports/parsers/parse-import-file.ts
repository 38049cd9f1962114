import type { ImportSink, ParseIssue } from '../import-sink';
import { parseSalesAndTrafficReport } from './amazon-sales-traffic-parser';
import { parseSellerPerformanceReport } from './amazon-seller-performance-parser';
import { ImportFileError, readImportFile, type ImportFormat } from './detect-format';
import { applyMapping } from './tabular/apply-column-mapping';
import { BUILT_IN_MAPPINGS, chooseBuiltInMapping, type ColumnMapping } from './tabular/column-mapping';
import { decodeText, UnknownEncodingError } from './tabular/decode-text';
import { parseDelimited, parseDelimitedWithPauses, type RowHandler } from './tabular/parse-delimited';
import { readXlsx, XlsxReadError } from './tabular/read-xlsx';

export interface ParseImportOptions {
  /** How rows become records; without one, a header that fits a built-in mapping picks it. */
  mapping?: ColumnMapping;
  /** Text encoding of a delimited file, when the user knows better than the guess. */
  encoding?: string;
  /** Worksheet of an XLSX workbook; the first one when absent. */
  sheet?: string;
  /** YYYY-MM-DD date for undated statuses in reports without any reporting window. */
  asOf?: string;
  /** Awaited every few thousand rows of a delimited file with (done, total) characters; may throw to stop. */
  pause?: (done: number, total: number) => Promise<void>;
}

export interface ParseImportResult {
  /** null when the file could not be read at all (then there is exactly one issue saying why). */
  format: ImportFormat | null;
  /** The text encoding a delimited file was read with. */
  encoding?: string;
  /** The worksheet an XLSX file was read from. */
  sheet?: string;
}

/**
 * Reads any supported file into `sink`: recognises the format by content, then parses it.
 * Nothing is thrown for a bad file; every problem arrives as an issue, so the caller can show
 * them together and decide, once the whole file has been read, whether to import.
 */
export async function parseImportFile(bytes: Uint8Array, fileName: string, options: ParseImportOptions, sink: ImportSink): Promise<ParseImportResult> {
  try {
    const file = readImportFile(bytes, fileName);
    switch (file.format) {
      case 'amazon_seller_performance':
        parseSellerPerformanceReport(file.json, sink, options.asOf === undefined ? {} : { asOf: options.asOf });
        return { format: file.format };
      case 'amazon_sales_traffic':
        parseSalesAndTrafficReport(file.json, sink);
        return { format: file.format };
      case 'delimited': {
        const { text, encoding } = decodeText(file.bytes, options.encoding);
        const rows = tabularRows(fileName, options.mapping, sink);
        const delimited = { onRow: rows.onRow, onIssue: (issue: ParseIssue) => sink.issue(issue) };
        if (options.pause) await parseDelimitedWithPauses(text, { ...delimited, pause: options.pause });
        else parseDelimited(text, delimited);
        rows.finish();
        return { format: file.format, encoding };
      }
      case 'xlsx': {
        const rows = tabularRows(fileName, options.mapping, sink);
        const { sheet } = await readXlsx(file.bytes, {
          onRow: rows.onRow,
          ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
          ...(options.pause === undefined ? {} : { pause: options.pause }),
        });
        rows.finish();
        return { format: file.format, sheet };
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError || error instanceof UnknownEncodingError || error instanceof XlsxReadError) {
      const line = error instanceof ImportFileError ? error.line : null;
      const message = error instanceof ImportFileError ? error.message : `${fileName}: ${error.message}`;
      sink.issue({ line, column: null, value: null, message, code: error.code, params: { fileName, ...error.params } });
      return { format: null };
    }
    throw error;
  }
}

/** The first row is the header and picks the mapping; the rest go through it. */
function tabularRows(fileName: string, mapping: ColumnMapping | undefined, sink: ImportSink): { onRow: RowHandler; finish: () => void } {
  let handler: RowHandler | null = null;
  let sawHeader = false;
  const onRow: RowHandler = (fields, line) => {
    if (sawHeader) {
      handler?.(fields, line);
      return;
    }
    sawHeader = true;
    const chosen = mapping ?? builtIn(fields);
    if (chosen) {
      handler = applyMapping(chosen, fields, sink, line);
    } else {
      sink.issue({
        line,
        column: null,
        value: fields.join(', '),
        message: `${fileName}: choose a column mapping. The header on line ${line} fits neither Storefleet's long format (store, metric, date, value) nor its wide format (store, date, then one column per metric key).`,
        code: 'choose_mapping',
        params: { fileName, line },
      });
    }
  };
  const finish = () => {
    if (!sawHeader) sink.issue({ line: null, column: null, value: null, message: `${fileName} has no header row and no data.`, code: 'no_header', params: { fileName } });
  };
  return { onRow, finish };
}

function builtIn(header: readonly string[]): ColumnMapping | null {
  const name = chooseBuiltInMapping(header);
  return name === null ? null : BUILT_IN_MAPPINGS[name];
}
