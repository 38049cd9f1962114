import { z } from 'zod';
import { columnMappingSchema } from './column-mapping-schemas';

const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A file as the renderer sends it: its name and its bytes, base64-encoded. */
const importFileInput = {
  fileName: z.string().trim().min(1, 'is required').max(260),
  contentBase64: z
    .string()
    .min(1, 'is required')
    .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4, 'is larger than 64 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64-encoded'),
  /** The store (for Amazon reports: the seller account) the file belongs to, when the file does not say. */
  storeId: z.number().int().positive().optional(),
  /** A built-in or saved mapping by name, or a mapping given inline; tabular files only. */
  mapping: z.union([z.string().trim().min(1), columnMappingSchema]).optional(),
  /** Text encoding override for CSV/TSV (utf-8, gb18030, shift_jis); detected when omitted. */
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'shift_jis']).optional(),
  /** Names the run as a job, for its progress events and for `jobs.cancel`. */
  jobId: z.string().trim().min(1).max(100).optional(),
};

export const importPreviewInputSchema = z.object(importFileInput).strict();
export const importRunInputSchema = z.object({ ...importFileInput, skipInvalid: z.boolean().optional() }).strict();

export const IMPORT_FORMATS = ['amazon_seller_performance', 'amazon_sales_traffic', 'delimited', 'xlsx'] as const;

export const importIssueSchema = z.object({
  fileName: z.string(),
  line: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  /** English, for the CLI and logs, and shown when the UI has no translation for `code`. */
  message: z.string(),
  /** Stable machine code, translated by the UI as `importIssues.<code>` with `params`. */
  code: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importPreviewSchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  encoding: z.string().nullable(),
  /** Tabular files: the header and the first rows as text. */
  header: z.array(z.string()).nullable(),
  sampleRows: z.array(z.array(z.string())),
  /** The mapping used: a name, or null when an inline mapping was given or the file is a platform report. */
  mappingName: z.string().nullable(),
  recordCount: z.number().int(),
  issueCount: z.number().int(),
  /** The first 200 issues; issueCount says how many there are. */
  issues: z.array(importIssueSchema),
  stores: z.array(z.object({ storeId: z.number().int(), displayName: z.string(), records: z.number().int() })),
  /** Set when the very same file content was imported before (and not undone). */
  duplicateOfBatchId: z.number().int().nullable(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  status: z.enum(['imported', 'duplicate', 'rejected']),
  batchId: z.number().int().nullable(),
  format: z.enum(IMPORT_FORMATS),
  rowCount: z.number().int(),
  skippedCount: z.number().int(),
  issueCount: z.number().int(),
  issues: z.array(importIssueSchema),
  storeIds: z.array(z.number().int()),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importBatchSchema = z.object({
  id: z.number().int(),
  source: z.string(),
  sourceName: z.string(),
  format: z.string().nullable(),
  status: z.enum(['committed', 'undone']),
  rowCount: z.number().int(),
  skippedCount: z.number().int(),
  actor: z.string(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  byteSize: z.number().int().nullable(),
  contentHash: z.string().nullable(),
  stores: z.array(z.object({ storeId: z.number().int(), displayName: z.string() })),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

export const mappingPresetSchema = z.object({
  name: z.string(),
  builtIn: z.boolean(),
  mapping: columnMappingSchema,
});
export type MappingPreset = z.infer<typeof mappingPresetSchema>;

export const saveMappingInputSchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(80).regex(/^[\p{L}\p{N} ._-]+$/u, 'may contain letters, digits, spaces and . _ -'),
    mapping: columnMappingSchema,
  })
  .strict();
