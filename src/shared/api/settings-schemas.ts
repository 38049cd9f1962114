import { z } from 'zod';

/** Workspace-wide settings, shared by everyone who opens the workspace. */
export const workspaceSettingsSchema = z.object({
  /** Warn of a projected breach this many days ahead. */
  alertProjectionDays: z.number().int(),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const updateWorkspaceSettingsSchema = z
  .object({ alertProjectionDays: z.number().int().min(1, 'must be at least 1 day').max(90, 'must be at most 90 days') })
  .partial()
  .strict();
