import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '@shared/api/app-error';
import { writeWholeFile } from '../core/files/write-whole-file';

/** Writes an export to `--out` whole (see writeWholeFile), after checking its folder exists. */
export function writeOutFile(file: string, bytes: Buffer): void {
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new AppError('invalid_input', `--out: the folder ${folder} does not exist`);
  writeWholeFile(file, bytes);
}
