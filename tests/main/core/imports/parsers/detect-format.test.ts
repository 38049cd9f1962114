import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportFileError, readImportFile } from '../../../../../src/main/core/imports/parsers/detect-format';
import { readFixture } from './collecting-sink';
import { sampleWorkbook } from './sample-workbook';

function errorOf(action: () => unknown): ImportFileError {
  try {
    action();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError, but nothing was thrown');
}

describe('readImportFile', () => {
  it('recognises the seller performance report by its content and hands over the parsed JSON', () => {
    const file = readImportFile(readFixture('seller-performance-us-jp.json'), 'report.txt');
    expect(file.format).toBe('amazon_seller_performance');
    expect(file.json).toMatchObject({ accountStatuses: expect.any(Array) });
  });

  it('gunzips by the magic bytes, whatever the file is called', () => {
    const gz = readFixture('seller-performance-us-jp.json.gz');
    expect(readImportFile(gz, 'download').format).toBe('amazon_seller_performance');
    expect(readImportFile(gz, 'report.json').bytes.equals(readFixture('seller-performance-us-jp.json'))).toBe(true);
  });

  it('recognises the sales and traffic report', () => {
    expect(readImportFile(readFixture('sales-traffic-us.json'), 'x.csv').format).toBe('amazon_sales_traffic');
  });

  it('recognises an XLSX workbook by its zip signature', async () => {
    expect(readImportFile(await sampleWorkbook(), 'export.csv').format).toBe('xlsx');
  });

  it('takes other text as delimited, including gzipped CSV and UTF-16', () => {
    expect(readImportFile(readFixture('long-utf8-bom.csv'), 'a.json').format).toBe('delimited');
    expect(readImportFile(gzipSync(readFixture('wide-gbk.csv')), 'a.csv.gz').format).toBe('delimited');
    expect(readImportFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('store,date', 'utf16le')]), 'u.csv').format).toBe('delimited');
  });

  it('says where a truncated JSON file breaks off', () => {
    expect(errorOf(() => readImportFile(readFixture('truncated-seller-performance.json'), 'truncated.json'))).toMatchObject({
      line: 6,
      message: expect.stringMatching(/^truncated\.json is not valid JSON near line 6 \(.+\); if it was downloaded, it may be cut off/),
    });
  });

  it('names the top-level fields of JSON it does not know', () => {
    expect(() => readImportFile(readFixture('unknown-report.json'), 'listings.json')).toThrow(
      'listings.json is JSON but not a report Storefleet knows (top-level fields: reportType, listings); import GET_V2_SELLER_PERFORMANCE_REPORT or GET_SALES_AND_TRAFFIC_REPORT documents.',
    );
  });

  it('refuses binary junk, empty files, damaged gzip and old .xls workbooks with a reason', () => {
    expect(() => readImportFile(readFixture('binary-junk.bin'), 'junk.csv')).toThrow(/^junk\.csv is not a text, JSON or Excel file/);
    expect(() => readImportFile(Buffer.alloc(0), 'empty.csv')).toThrow('empty.csv is empty.');
    expect(() => readImportFile(readFixture('seller-performance-us-jp.json.gz').subarray(0, 40), 'cut.gz')).toThrow(/^cut\.gz is a damaged gzip file/);
    expect(() => readImportFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls')).toThrow(/old Excel \(\.xls\) workbook/);
  });
});
