/** What the importer reads: Amazon report JSON (optionally gzipped), delimited text, Excel. */
export const IMPORT_EXTENSIONS = ['.json', '.gz', '.csv', '.tsv', '.txt', '.xlsx'] as const;

/** The file input's `accept`: extensions only, since MIME types of .tsv and .gz vary by OS. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** The backend's limit (64 MB); checked here so a huge file is refused before it is read. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export function isImportFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

