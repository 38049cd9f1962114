import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '@shared/api/app-error';

/**
 * Writes beside the target and renames over it: a failed or interrupted export leaves the
 * previous file (or none), never half of one. An existing file is replaced, as a save would.
 */
export function writeWholeFile(file: string, bytes: Buffer): void {
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new AppError('invalid_input', `--out: the folder ${folder} does not exist`);
  const temporary = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
