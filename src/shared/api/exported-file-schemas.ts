import { z } from 'zod';

/** A file the backend made (a matrix export, a plan of action) for the host to save or offer for download. */
export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** File content, base64. */
  base64: z.string(),
  byteLength: z.number().int(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;
