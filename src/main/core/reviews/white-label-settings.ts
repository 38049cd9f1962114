import { eq } from 'drizzle-orm';
import { whiteLabelSchema, type WhiteLabel, type WhiteLabelUpdate } from '@shared/api/review-schemas';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { workspaceMeta } from '../db/schema';

const WHITE_LABEL_KEY = 'white_label';

export const DEFAULT_WHITE_LABEL: WhiteLabel = { agencyName: '', logoDataUrl: null, primaryColour: '#1c7ed6', accentColour: '#0ca678' };

/** The agency's branding for review covers; the defaults until someone sets it in Settings. */
export function getWhiteLabel(ctx: CoreContext): WhiteLabel {
  const row = ctx.workspace.db.select().from(workspaceMeta).where(eq(workspaceMeta.key, WHITE_LABEL_KEY)).get();
  if (!row) return DEFAULT_WHITE_LABEL;
  const parsed = whiteLabelSchema.safeParse({ ...DEFAULT_WHITE_LABEL, ...(JSON.parse(row.value) as object) });
  return parsed.success ? parsed.data : DEFAULT_WHITE_LABEL;
}

export function updateWhiteLabel(ctx: CoreContext, changes: WhiteLabelUpdate): WhiteLabel {
  const next: WhiteLabel = { ...getWhiteLabel(ctx), ...changes };
  const value = JSON.stringify(next);
  ctx.workspace.sqlite.transaction(() => {
    ctx.workspace.db
      .insert(workspaceMeta)
      .values({ key: WHITE_LABEL_KEY, value })
      .onConflictDoUpdate({ target: workspaceMeta.key, set: { value } })
      .run();
    // The logo itself is not copied into the audit log: it can be half a megabyte.
    recordAudit(ctx, { action: 'update', entity: 'white_label', entityId: null, details: { fields: Object.keys(changes) } });
  })();
  return next;
}
