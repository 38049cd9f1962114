import { eq } from 'drizzle-orm';
import { MAX_IMPORT_MEGABYTES } from '@shared/api/settings-schemas';
import type { CoreContext } from '../core-context';
import { workspaceMeta } from '../db/schema';
import { invalidField } from '../errors';

export const IMPORT_SIZE_LIMIT_KEY = 'imports.max_file_megabytes';
export const DEFAULT_IMPORT_MEGABYTES = MAX_IMPORT_MEGABYTES;

export function importSizeLimitMegabytes(ctx: CoreContext): number {
  const row = ctx.workspace.db.select().from(workspaceMeta).where(eq(workspaceMeta.key, IMPORT_SIZE_LIMIT_KEY)).get();
  const megabytes = Number(row?.value);
  return Number.isInteger(megabytes) && megabytes > 0 && megabytes <= MAX_IMPORT_MEGABYTES ? megabytes : DEFAULT_IMPORT_MEGABYTES;
}

/**
 * Refuses an oversized file before a byte of it is parsed, so a wrong or hostile file cannot
 * exhaust memory. The default is the most the API carries: a million-row CSV (about 56 MB) must
 * go in; an agency that only ever imports report exports can lower it.
 */
export function checkImportSize(ctx: CoreContext, fileName: string, byteLength: number): void {
  const limit = importSizeLimitMegabytes(ctx);
  if (byteLength <= limit * 1024 * 1024) return;
  const size = (byteLength / 1024 / 1024).toFixed(1);
  throw invalidField(
    'contentBase64',
    'too_large',
    `${fileName} is ${size} MB; files over ${limit} MB are refused before reading (the workspace's limit is set in Settings → Imports, at most 64 MB)`,
  );
}
