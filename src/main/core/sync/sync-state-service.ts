import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ConnectionProvider } from '@shared/api/credential-schemas';
import type { SyncStatus, SyncSummary, syncInputSchemas } from '@shared/api/sync-schemas';
import { recordAudit } from '../audit/record-audit';
import type { CoreContext } from '../core-context';
import { syncStates } from '../db/schema';
import { invalidField } from '../errors';
import { getStore } from '../stores/store-service';

type Row = typeof syncStates.$inferSelect;
type ConfigureInput = z.output<typeof syncInputSchemas.configure>;

const PROVIDER_OF_PLATFORM: Record<string, ConnectionProvider> = { amazon: 'amazon', tiktok_shop: 'tiktok' };

/** The connector a store's platform syncs through, or a plain-words refusal. */
export function providerOfStore(ctx: CoreContext, storeId: number): ConnectionProvider {
  const store = getStore(ctx, storeId);
  const provider = PROVIDER_OF_PLATFORM[store.platform];
  if (!provider) throw invalidField('storeId', 'no_connector', `store ${storeId} is a ${store.platform} store; only Amazon and TikTok Shop stores can sync, others import files`);
  return provider;
}

function toStatus(row: Row, running: boolean): SyncStatus {
  return {
    storeId: row.storeId,
    provider: row.provider as ConnectionProvider,
    enabled: row.enabled,
    intervalMinutes: row.intervalMinutes,
    endpoint: row.endpoint,
    running,
    lastAttemptAt: row.lastAttemptAt,
    lastSuccessAt: row.lastSuccessAt,
    lastErrorAt: row.lastErrorAt,
    lastErrorCode: row.lastErrorCode,
    lastError: row.lastError,
    lastSummary: row.lastSummary ?? null,
    consecutiveFailures: row.consecutiveFailures,
    nextRunAt: row.nextRunAt,
  };
}

export function findSyncState(ctx: CoreContext, storeId: number): Row | undefined {
  return ctx.workspace.db.select().from(syncStates).where(eq(syncStates.storeId, storeId)).get();
}

export function listSyncStatuses(ctx: CoreContext, isRunning: (storeId: number) => boolean, storeId?: number): SyncStatus[] {
  const query = ctx.workspace.db.select().from(syncStates);
  const rows = storeId === undefined ? query.all() : query.where(eq(syncStates.storeId, storeId)).all();
  return rows.map((row) => toStatus(row, isRunning(row.storeId)));
}

function addMinutes(at: Date, minutes: number): string {
  return new Date(at.getTime() + minutes * 60_000).toISOString();
}

/** Sets a store's interval, endpoint or on/off; the first configuration schedules a run now. */
export function configureSync(ctx: CoreContext, input: ConfigureInput): SyncStatus {
  const provider = providerOfStore(ctx, input.storeId);
  if (provider !== input.provider) throw invalidField('provider', 'platform_mismatch', `store ${input.storeId} syncs through ${provider}, not ${input.provider}`);
  const existing = findSyncState(ctx, input.storeId);
  const changes = {
    ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
    ...(input.intervalMinutes !== undefined ? { intervalMinutes: input.intervalMinutes } : {}),
    ...(input.endpoint !== undefined ? { endpoint: input.endpoint } : {}),
  };
  const { db } = ctx.workspace;
  const row = db.transaction(() => {
    const saved = existing
      ? db.update(syncStates).set(changes).where(eq(syncStates.storeId, input.storeId)).returning().get()
      : db.insert(syncStates).values({ storeId: input.storeId, provider, nextRunAt: ctx.now().toISOString(), ...changes }).returning().get();
    recordAudit(ctx, { action: 'sync.configure', entity: 'store', entityId: input.storeId, details: changes });
    return saved;
  });
  return toStatus(row, false);
}

/** Makes sure a store has a state row (a one-off sync of an unconfigured store creates it). */
export function ensureSyncState(ctx: CoreContext, storeId: number): Row {
  return findSyncState(ctx, storeId) ?? ctx.workspace.db.insert(syncStates).values({ storeId, provider: providerOfStore(ctx, storeId) }).returning().get();
}

export function recordSyncAttempt(ctx: CoreContext, storeId: number): void {
  ctx.workspace.db.update(syncStates).set({ lastAttemptAt: ctx.now().toISOString() }).where(eq(syncStates.storeId, storeId)).run();
}

export function recordSyncSuccess(ctx: CoreContext, storeId: number, summary: SyncSummary): void {
  const row = ensureSyncState(ctx, storeId);
  const now = ctx.now();
  ctx.workspace.db
    .update(syncStates)
    .set({ lastSuccessAt: now.toISOString(), lastSummary: summary, consecutiveFailures: 0, nextRunAt: addMinutes(now, row.intervalMinutes) })
    .where(eq(syncStates.storeId, storeId))
    .run();
}

/** First retry after 5 minutes, doubling per failure, never longer than a day. */
const FIRST_RETRY_MINUTES = 5;
const LONGEST_RETRY_MINUTES = 24 * 60;

export function retryDelayMinutes(consecutiveFailures: number, failure: string, intervalMinutes: number): number {
  // Offline is not the platform's fault: look again soon, whatever happened before.
  if (failure === 'offline') return FIRST_RETRY_MINUTES;
  // The user stopped it: the schedule goes on as if it had run.
  if (failure === 'cancelled') return intervalMinutes;
  return Math.min(LONGEST_RETRY_MINUTES, FIRST_RETRY_MINUTES * 2 ** Math.max(0, consecutiveFailures - 1));
}

export function recordSyncFailure(ctx: CoreContext, storeId: number, failure: string, message: string, summary: SyncSummary | null): void {
  const row = ensureSyncState(ctx, storeId);
  const now = ctx.now();
  const failures = failure === 'offline' || failure === 'cancelled' ? row.consecutiveFailures : row.consecutiveFailures + 1;
  ctx.workspace.db
    .update(syncStates)
    .set({
      lastErrorAt: now.toISOString(),
      lastErrorCode: failure,
      lastError: message,
      consecutiveFailures: failures,
      nextRunAt: addMinutes(now, retryDelayMinutes(failures, failure, row.intervalMinutes)),
      ...(summary && summary.batches > 0 ? { lastSummary: summary } : {}),
    })
    .where(eq(syncStates.storeId, storeId))
    .run();
}
