import { describe, expect, it } from 'vitest';
import { checkZipIntegrity } from '../../../../../../src/main/core/imports/parsers/tabular/check-zip-integrity';
import { readXlsx, XlsxReadError } from '../../../../../../src/main/core/imports/parsers/tabular/read-xlsx';
import { sampleWorkbook } from '../sample-workbook';

/** Flips one byte inside the packed data of the workbook's first entry. */
async function damagedWorkbook(): Promise<Buffer> {
  const bytes = Buffer.from(await sampleWorkbook());
  const start = 30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28);
  bytes[start + 5] = bytes[start + 5]! ^ 0xff;
  return bytes;
}

describe('checking a workbook archive before reading it', () => {
  it('accepts an intact workbook', async () => {
    await expect(checkZipIntegrity(await sampleWorkbook())).resolves.toBeUndefined();
  });

  it('refuses a workbook with one damaged byte instead of waiting forever in exceljs', async () => {
    const error = await readXlsx(await damagedWorkbook(), { onRow: () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).message).toMatch(/The workbook could not be read \(the entry .* is damaged/);
  });

  it('refuses an empty file and a file of another kind', async () => {
    await expect(checkZipIntegrity(Buffer.alloc(0))).rejects.toThrow(/too short/);
    await expect(checkZipIntegrity(Buffer.from('store,metric,date,value\n'.repeat(4)))).rejects.toThrow(/not a ZIP archive/);
  });
});
