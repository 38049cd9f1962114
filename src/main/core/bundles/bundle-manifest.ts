import { z } from 'zod';

export const BUNDLE_FORMAT = 'storefleet-bundle';
export const BUNDLE_VERSION = 1;
/** The workspace database inside a bundle; attachments sit under `attachments/`. */
export const WORKSPACE_ENTRY = 'workspace.sqlite';
export const ATTACHMENTS_PREFIX = 'attachments/';

/** A relative path with forward slashes that cannot climb out of the folder it is unpacked into. */
const entryPath = z
  .string()
  .min(1)
  .max(1024)
  .refine((path) => !path.startsWith('/') && !path.includes('\\') && !path.split('/').some((part) => part === '..' || part === '' || part === '.'), 'is not a safe relative path');

export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  createdAt: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  files: z.array(z.object({ path: entryPath, sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().nonnegative() })).min(1),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;
