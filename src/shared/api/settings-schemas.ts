import { z } from 'zod';

/** The API carries files base64-encoded up to 64 MB (import-schemas); the setting stays within that. */
export const MAX_IMPORT_MEGABYTES = 64;

/** Workspace-wide settings, shared by everyone who opens the workspace. */
export const workspaceSettingsSchema = z.object({
  /** Warn of a projected breach this many days ahead. */
  alertProjectionDays: z.number().int(),
  /** Import files larger than this are refused before parsing. */
  maxImportMegabytes: z.number().int(),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const updateWorkspaceSettingsSchema = z
  .object({
    alertProjectionDays: z.number().int().min(1, 'must be at least 1 day').max(90, 'must be at most 90 days'),
    maxImportMegabytes: z.number().int().min(1, 'must be at least 1 MB').max(MAX_IMPORT_MEGABYTES, `must be at most ${MAX_IMPORT_MEGABYTES} MB`),
  })
  .partial()
  .strict();
