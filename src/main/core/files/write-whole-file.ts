import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes beside the target and renames over it: a failed, cancelled or killed export leaves the
 * previous file (or none), never half of one. An existing file is replaced, as a save would.
 */
export function writeWholeFile(file: string, bytes: Buffer): void {
  const temporary = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
