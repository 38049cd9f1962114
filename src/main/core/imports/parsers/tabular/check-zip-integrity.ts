import { Readable } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A workbook's XML is rarely above a few hundred MB; more than this is a decompression bomb. */
const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the file.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new Error('it is not a ZIP archive (no central directory)');
}

async function unpackedCrc(data: Buffer, method: number): Promise<{ crc: number; size: number }> {
  if (method === 0) return { crc: crc32(data), size: data.length };
  if (method !== 8) throw new Error(`an entry uses compression method ${method}, which XLSX does not`);
  let crc = 0;
  let size = 0;
  for await (const chunk of Readable.from([data]).pipe(createInflateRaw())) {
    const bytes = chunk as Buffer;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (size > MAX_UNPACKED_BYTES) throw new Error('it unpacks to more than 2 GB');
  }
  return { crc, size };
}

/**
 * Verifies every entry of a ZIP (an XLSX workbook) against its recorded size and CRC-32 before
 * exceljs streams it: exceljs's streaming reader waits forever on some damaged archives, which
 * would hold every later call behind the import. Throws an Error saying what is wrong.
 */
export async function checkZipIntegrity(zip: Buffer): Promise<void> {
  if (zip.length < 22) throw new Error('it is too short to be a ZIP archive');
  const end = findEndOfDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  let at = zip.readUInt32LE(end + 16);
  if (entries === 0 || at + directorySize > end) throw new Error('its central directory is damaged');
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > end || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('its central directory is damaged');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packed = zip.readUInt32LE(at + 20);
    const unpacked = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`the entry ${name} is damaged`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + packed > zip.length) throw new Error(`the entry ${name} is cut off`);
    const actual = await unpackedCrc(zip.subarray(start, start + packed), method).catch((error: unknown) => {
      throw new Error(`the entry ${name} is damaged (${error instanceof Error ? error.message : String(error)})`);
    });
    if (actual.size !== unpacked || actual.crc >>> 0 !== crc) throw new Error(`the entry ${name} is damaged (checksum mismatch)`);
  }
}
