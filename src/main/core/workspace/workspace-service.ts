import { count, eq } from 'drizzle-orm';
import type { WorkspaceInfo } from '@shared/api/workspace-schemas';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { clients, metricSnapshots, stores, workspaceMeta } from '../db/schema';
import { AppError } from '@shared/api/app-error';
import { evaluateStores } from '../kpi/evaluate-stores';
import { generateDemoWorkspace, type DemoOptions } from '../demo/generate-demo-workspace';

const INITIALISED_KEY = 'initialised_at';

export function workspaceInfo(ctx: CoreContext): WorkspaceInfo {
  const { db } = ctx.workspace;
  const initialised = db.select().from(workspaceMeta).where(eq(workspaceMeta.key, INITIALISED_KEY)).get();
  return {
    path: ctx.workspace.path,
    initialised: Boolean(initialised),
    schemaVersion: ctx.workspace.schemaVersion,
    clientCount: db.select({ n: count() }).from(clients).get()?.n ?? 0,
    storeCount: db.select({ n: count() }).from(stores).get()?.n ?? 0,
    snapshotCount: db.select({ n: count() }).from(metricSnapshots).get()?.n ?? 0,
  };
}

export function markInitialised(ctx: CoreContext, mode: 'demo' | 'empty'): void {
  ctx.workspace.db
    .insert(workspaceMeta)
    .values({ key: INITIALISED_KEY, value: ctx.now().toISOString() })
    .onConflictDoNothing()
    .run();
  recordAudit(ctx, { action: 'initialise', entity: 'workspace', entityId: null, details: { mode } });
}

/**
 * The first-launch choice. "demo" fills the workspace with the demo data set; it is refused
 * once the workspace holds clients, so a real workspace is never mixed with demo data.
 */
export function initialiseWorkspace(
  ctx: CoreContext,
  mode: 'demo' | 'empty',
  demoOptions: Partial<DemoOptions> = {},
): WorkspaceInfo {
  ctx.workspace.sqlite.transaction(() => {
    if (mode === 'demo') {
      const existing = ctx.workspace.db.select({ n: count() }).from(clients).get()?.n ?? 0;
      if (existing > 0) {
        throw new AppError('conflict', 'The demo data can only be added to an empty workspace; this one already has clients.');
      }
      generateDemoWorkspace(ctx, demoOptions);
    }
    markInitialised(ctx, mode);
  })();
  if (mode === 'demo') evaluateStores(ctx);
  ctx.events.emit('workspace.changed', { entity: 'workspace' });
  return workspaceInfo(ctx);
}
