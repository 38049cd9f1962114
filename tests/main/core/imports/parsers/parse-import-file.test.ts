import { describe, expect, it } from 'vitest';
import { parseImportFile, type ParseImportOptions } from '../../../../../src/main/core/imports/parsers/parse-import-file';
import type { ColumnMapping } from '../../../../../src/main/core/imports/parsers/tabular/column-mapping';
import { collectingSink, readFixture, recordOf } from './collecting-sink';
import { sampleWorkbook } from './sample-workbook';

async function parse(bytes: Buffer, fileName: string, options: ParseImportOptions = {}) {
  const sink = collectingSink();
  const result = await parseImportFile(bytes, fileName, options, sink);
  return { ...sink, result };
}

const parseFixture = (name: string, options?: ParseImportOptions) => parse(readFixture(name), name, options);

describe('parseImportFile', () => {
  it('reads a gzipped seller performance report end to end', async () => {
    const { result, records, issues } = await parseFixture('seller-performance-us-jp.json.gz');
    expect(result).toEqual({ format: 'amazon_seller_performance' });
    expect(issues).toEqual([]);
    expect(recordOf(records, 'amazon.account_status', 'A1VC38T7YXB528').platformStatus).toBe('SUSPENDED');
  });

  it('reads a sales and traffic report end to end', async () => {
    const { result, records } = await parseFixture('sales-traffic-us.json');
    expect(result.format).toBe('amazon_sales_traffic');
    expect(records).toHaveLength(17);
  });

  it('reads a UTF-8 CSV with a byte order mark in the long format, with its mixed date and number styles', async () => {
    const { result, records, issues } = await parseFixture('long-utf8-bom.csv');
    expect(result).toEqual({ format: 'delimited', encoding: 'utf-8' });
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.line, r.metricKey, r.value ?? r.amountMinor, r.windowFrom])).toEqual([
      [2, 'amazon.odr_mfn', 0.0085, '2026-10-31'],
      [3, 'amazon.late_shipment_rate', 0.049, '2026-10-31'],
      [4, 'amazon.ordered_product_sales', 123450, '2026-10-31'],
      [5, 'amazon.buy_box_percentage', 0.955, '2026-10-31'],
    ]);
    expect(records[0]).toMatchObject({ storeRef: { column: 'US Flagship' }, numerator: 41, denominator: 4820 });
  });

  it('reads a GBK export with Chinese headers through a custom wide mapping', async () => {
    const mapping: ColumnMapping = {
      kind: 'wide',
      columns: { store: '店铺', date: '日期', currency: '币种' },
      metrics: { 订单缺陷率: 'amazon.odr_mfn', 迟发率: 'amazon.late_shipment_rate', 销售额: 'amazon.ordered_product_sales' },
    };
    const { result, records, issues } = await parseFixture('wide-gbk.csv', { mapping });
    expect(result).toEqual({ format: 'delimited', encoding: 'gb18030' });
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.storeRef, r.metricKey, r.value ?? r.amountMinor, r.currency])).toEqual([
      [{ column: '深圳跨境旗舰店' }, 'amazon.odr_mfn', 0.0085, null],
      [{ column: '深圳跨境旗舰店' }, 'amazon.late_shipment_rate', 0.049, null],
      [{ column: '深圳跨境旗舰店' }, 'amazon.ordered_product_sales', 1200050, 'CNY'],
      [{ column: '杭州优选店' }, 'amazon.odr_mfn', 0.012, null],
      [{ column: '杭州优选店' }, 'amazon.ordered_product_sales', 880000, 'CNY'],
    ]);
  });

  it('asks for a column mapping when the header fits no built-in one', async () => {
    const { records, issues } = await parseFixture('wide-gbk.csv');
    expect(records).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ line: 1, value: '店铺, 日期, 订单缺陷率, 迟发率, 销售额, 币种', message: expect.stringContaining('choose a column mapping') })]);
  });

  it('reads a Shift_JIS export in the wide format with full-width digits and yen amounts', async () => {
    const { result, records, issues } = await parseFixture('wide-shift-jis.csv');
    expect(result).toEqual({ format: 'delimited', encoding: 'shift_jis' });
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.storeRef, r.metricKey, r.value ?? r.amountMinor, r.currency, r.windowTo])).toEqual([
      [{ column: '東京本店' }, 'amazon.odr_mfn', 0.0085, null, '2026-10-31'],
      [{ column: '東京本店' }, 'amazon.ordered_product_sales', 12000, 'JPY', '2026-10-31'],
      [{ column: '大阪支店' }, 'amazon.odr_mfn', 0.012, null, '2026-10-31'],
      [{ column: '大阪支店' }, 'amazon.ordered_product_sales', 12000, 'JPY', '2026-10-31'],
    ]);
  });

  it('reads a semicolon-separated German export with decimal commas and euro amounts', async () => {
    const { records, issues } = await parseFixture('long-semicolon-de.csv');
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.metricKey, r.value ?? r.amountMinor, r.currency, r.windowFrom])).toEqual([
      ['amazon.odr_mfn', 0.0085, null, '2026-10-31'],
      ['amazon.ordered_product_sales', 123456, 'EUR', '2026-10-31'],
    ]);
  });

  it('reads a tab-separated file', async () => {
    const { records, issues } = await parseFixture('long-tab.tsv');
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.metricKey, r.value])).toEqual([['amazon.sessions', 2800], ['amazon.unit_session_percentage', 0.0329]]);
  });

  it('keeps line numbers true after a quoted line break', async () => {
    const { records, issues } = await parseFixture('long-quoted-newline.csv');
    expect(records).toEqual([expect.objectContaining({ storeRef: { column: 'Store "A"' }, line: 2, value: 0.005 })]);
    expect(issues).toEqual([expect.objectContaining({ line: 4, column: 'value', value: 'oops' })]);
  });

  it('reports every bad cell of a file by line and column, and keeps the good rows', async () => {
    const { records, issues } = await parseFixture('long-bad-cells.csv');
    expect(issues.map((i) => [i.line, i.column, i.value])).toEqual([
      [2, 'date', '2026-02-30'],
      [3, 'value', '85'],
      [4, 'metric', 'amazon.not_a_metric'],
      [5, 'store', ''],
      [6, 'value', 'abc'],
      [7, 'value', '¥12,000'],
      [8, 'numerator', 'many'],
    ]);
    expect(records).toEqual([expect.objectContaining({ line: 9, value: 0.005, numerator: 5, denominator: 1000 })]);
  });

  it('gives every bad cell a machine code with its variable parts, so the UI can say it in the user’s language', async () => {
    const { issues } = await parseFixture('long-bad-cells.csv');
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      ['not_real_date', { line: 2, column: 'date', value: '2026-02-30' }],
      ['ratio_looks_like_percent', { line: 3, column: 'value', metric: 'amazon.odr_mfn', value: '85', fraction: 0.85 }],
      ['unknown_metric', { line: 4, metric: 'amazon.not_a_metric' }],
      ['missing_store', { line: 5, column: 'store' }],
      ['not_a_number', { line: 6, column: 'value', metric: 'amazon.late_shipment_rate', value: 'abc' }],
      ['ambiguous_yen', { line: 7, column: 'value', symbol: '¥', value: '¥12,000' }],
      ['not_a_number', { line: 8, column: 'numerator', value: 'many' }],
    ]);
  });

  it('gives a file it cannot read at all a machine code naming the file', async () => {
    const codes = async (name: string) => (await parseFixture(name)).issues.map((i) => [i.code, i.params]);
    expect(await codes('binary-junk.bin')).toEqual([['binary_file', { fileName: 'binary-junk.bin' }]]);
    expect(await codes('unknown-report.json')).toEqual([['unknown_report', { fileName: 'unknown-report.json', fields: expect.any(String) }]]);
    expect(await codes('truncated-seller-performance.json')).toEqual([['json_syntax', { fileName: 'truncated-seller-performance.json', line: expect.any(Number) }]]);
  });

  it('reports missing columns on the header line, and reads no rows', async () => {
    const { records, issues } = await parseFixture('missing-columns.csv');
    expect(records).toEqual([]);
    expect(issues).toEqual([{
      line: 1, column: null, value: 'store, metric, value',
      message: 'The header on line 1 has neither a column "date" nor the columns "from" and "to"; choose a column mapping that fits this file.',
      code: 'missing_window_columns', params: { line: 1, date: 'date', from: 'from', to: 'to' },
    }]);
  });

  it('reads an XLSX worksheet in the wide format', async () => {
    const { result, records, issues } = await parse(await sampleWorkbook(), 'export.xlsx', { sheet: 'Data' });
    expect(result).toEqual({ format: 'xlsx', sheet: 'Data' });
    expect(records.map((r) => [r.line, r.storeRef, r.metricKey, r.value ?? r.amountMinor, r.currency, r.windowFrom])).toEqual([
      [2, { column: 'US Flagship' }, 'amazon.odr_mfn', 0.0057, null, '2026-10-31'],
      [2, { column: 'US Flagship' }, 'amazon.ordered_product_sales', 123450, 'USD', '2026-10-31'],
      [2, { column: 'US Flagship' }, 'amazon.sessions', 2800, null, '2026-10-31'],
      [3, { column: 'JP Store' }, 'amazon.ordered_product_sales', 12000, 'JPY', '2026-10-30'],
      [3, { column: 'JP Store' }, 'amazon.sessions', 2, null, '2026-10-30'],
    ]);
    expect(issues.map((i) => [i.line, i.column, i.value])).toEqual([[3, 'amazon.odr_mfn', '#N/A'], [5, 'date', 'TRUE']]);
  });

  it('turns an unreadable file into one issue instead of an exception', async () => {
    for (const [name, expected] of [
      ['truncated-seller-performance.json', { line: 6, message: expect.stringContaining('is not valid JSON near line 6') }],
      ['unknown-report.json', { line: null, message: expect.stringContaining('is JSON but not a report Storefleet knows') }],
      ['binary-junk.bin', { line: null, message: expect.stringContaining('is not a text, JSON or Excel file') }],
    ] as const) {
      const { result, issues, records } = await parseFixture(name);
      expect(result).toEqual({ format: null });
      expect(records).toEqual([]);
      expect(issues).toEqual([expect.objectContaining(expected)]);
    }
  });

  it('reports an unknown encoding override as an issue', async () => {
    const { issues } = await parseFixture('long-tab.tsv', { encoding: 'klingon' });
    expect(issues).toEqual([expect.objectContaining({ message: 'long-tab.tsv: Unknown text encoding "klingon"; use e.g. utf-8, gb18030, shift_jis or windows-1252.' })]);
  });

  it('says a file without any row has no header', async () => {
    const { issues } = await parse(Buffer.from('\n\n'), 'blank.csv');
    expect(issues).toEqual([expect.objectContaining({ message: 'blank.csv has no header row and no data.' })]);
  });
});
