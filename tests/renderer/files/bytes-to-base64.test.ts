import { describe, expect, it } from 'vitest';
import { bytesToBase64, readFileAsBase64 } from '../../../src/renderer/src/files/bytes-to-base64';
import { isImportFileName } from '../../../src/renderer/src/files/import-file-types';

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 42;
  for (let index = 0; index < length; index++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[index] = seed >>> 24;
  }
  return bytes;
}

describe('reading a file to base64 in chunks', () => {
  it('gives exactly what a one-shot encoder gives, across chunk boundaries and padding', () => {
    for (const length of [0, 1, 2, 3, 4, 299, 300, 301, 100_000]) {
      const bytes = randomBytes(length);
      expect(bytesToBase64(bytes, 30), `length ${length}`).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('encodes a multi-megabyte file without overflowing the call stack', () => {
    const bytes = randomBytes(5 * 1024 * 1024 + 7);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('refuses a chunk size that would put padding in the middle of the output', () => {
    expect(() => bytesToBase64(new Uint8Array(10), 4)).toThrow(/multiple of 3/);
  });

  it('reads a Blob, as the file input and drop zone hand it over', async () => {
    const text = 'store,metric,date,value\n店铺A,amazon.odr_mfn,2026-01-05,0.85%\n';
    expect(await readFileAsBase64(new Blob([text]))).toBe(Buffer.from(text, 'utf8').toString('base64'));
  });
});

describe('which files the importer takes', () => {
  it('accepts reports and exports by extension, whatever the case', () => {
    for (const name of ['report.json', 'report.json.gz', 'export.CSV', 'a.tsv', 'b.txt', 'c.xlsx']) expect(isImportFileName(name), name).toBe(true);
  });

  it('refuses files it cannot read', () => {
    for (const name of ['notes.docx', 'image.png', 'old.xls', 'archive.zip']) expect(isImportFileName(name), name).toBe(false);
  });
});
