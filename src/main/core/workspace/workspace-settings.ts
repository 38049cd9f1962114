import type { WorkspaceSettings } from '@shared/api/settings-schemas';
import { PROJECTION_DAYS_KEY, projectionDays } from '../alerts/reconcile-alerts';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { workspaceMeta } from '../db/schema';
import { IMPORT_SIZE_LIMIT_KEY, importSizeLimitMegabytes } from '../imports/import-size-limit';
import { evaluateStores } from '../kpi/evaluate-stores';

export function getWorkspaceSettings(ctx: CoreContext): WorkspaceSettings {
  return { alertProjectionDays: projectionDays(ctx), maxImportMegabytes: importSizeLimitMegabytes(ctx) };
}

function setImportSizeLimit(ctx: CoreContext, before: WorkspaceSettings, megabytes: number): void {
  ctx.workspace.sqlite.transaction(() => {
    ctx.workspace.db
      .insert(workspaceMeta)
      .values({ key: IMPORT_SIZE_LIMIT_KEY, value: String(megabytes) })
      .onConflictDoUpdate({ target: workspaceMeta.key, set: { value: String(megabytes) } })
      .run();
    recordAudit(ctx, { action: 'update', entity: 'workspace_settings', entityId: null, details: { maxImportMegabytes: [before.maxImportMegabytes, megabytes] } });
  })();
}

/** Changes workspace settings; a new alert horizon re-evaluates every store so alerts follow at once. */
export function updateWorkspaceSettings(ctx: CoreContext, changes: Partial<WorkspaceSettings>): WorkspaceSettings {
  const before = getWorkspaceSettings(ctx);
  if (changes.maxImportMegabytes !== undefined && changes.maxImportMegabytes !== before.maxImportMegabytes) {
    setImportSizeLimit(ctx, before, changes.maxImportMegabytes);
  }
  if (changes.alertProjectionDays === undefined || changes.alertProjectionDays === before.alertProjectionDays) return getWorkspaceSettings(ctx);
  ctx.workspace.sqlite.transaction(() => {
    ctx.workspace.db
      .insert(workspaceMeta)
      .values({ key: PROJECTION_DAYS_KEY, value: String(changes.alertProjectionDays) })
      .onConflictDoUpdate({ target: workspaceMeta.key, set: { value: String(changes.alertProjectionDays) } })
      .run();
    recordAudit(ctx, {
      action: 'update',
      entity: 'workspace_settings',
      entityId: null,
      details: { alertProjectionDays: [before.alertProjectionDays, changes.alertProjectionDays] },
    });
  })();
  evaluateStores(ctx);
  return getWorkspaceSettings(ctx);
}
