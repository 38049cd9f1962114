import { and, eq, lte } from 'drizzle-orm';
import { AppError } from '@shared/api/app-error';
import { syncJobId, type SyncSummary } from '@shared/api/sync-schemas';
import { ConnectorError } from '../connectors/connector-error';
import type { CoreContext } from '../core-context';
import { JobCancelled } from '../jobs/job-registry';
import { syncStates } from '../db/schema';
import { runSync, SyncFailed } from './run-sync';
import type { SyncDeps } from './sync-deps';
import { recordSyncFailure, recordSyncSuccess } from './sync-state-service';

/** How often the scheduler looks for stores whose next run is due. */
const TICK_MS = 60_000;

export type SyncOutcome = { ok: true; summary: SyncSummary } | { ok: false; failure: string; message: string; summary: SyncSummary | null };

/**
 * Runs syncs in the main process: each store on its own interval, "sync now", at most one job
 * per store, backoff after failures (see retryDelayMinutes). Never awaited by a call: the UI
 * watches status and job events instead.
 */
export class SyncScheduler {
  private readonly running = new Map<number, Promise<SyncOutcome>>();
  private timer: NodeJS.Timeout | null = null;
  /** Set when the workspace closes: queued ticks must not touch a closed database. */
  private stopped = false;

  constructor(
    private readonly contextOf: () => CoreContext,
    private readonly deps: SyncDeps,
  ) {}

  private get ctx(): CoreContext {
    return this.contextOf();
  }

  isRunning = (storeId: number): boolean => this.running.has(storeId);

  /** Starts a sync unless one is running for the store; answers the running one's outcome then. */
  syncNow(storeId: number, endpoint?: string): { started: boolean; outcome: Promise<SyncOutcome> } {
    const current = this.running.get(storeId);
    if (current) return { started: false, outcome: current };
    const outcome = this.execute(storeId, endpoint)
      // Only when the workspace closed under a running sync: there is nowhere left to record it.
      .catch((error: unknown): SyncOutcome => ({ ok: false, failure: 'internal', message: error instanceof Error ? error.message : String(error), summary: null }))
      .finally(() => this.running.delete(storeId));
    this.running.set(storeId, outcome);
    return { started: true, outcome };
  }

  /** Settles once every sync running now has finished. */
  async idle(): Promise<void> {
    await Promise.all(this.running.values());
  }

  start(): void {
    if (this.timer || this.stopped) return;
    // A tick that fails (the workspace closing under it) is simply tried again by the next one.
    const tick = () => void this.runDue().catch(() => undefined);
    this.timer = setInterval(tick, TICK_MS);
    this.timer.unref();
    tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopped = true;
  }

  /** Starts every enabled store whose next run is due; the ones still running are left alone. */
  async runDue(): Promise<number[]> {
    const due = await this.deps.exclusive(() => {
      if (this.stopped) return [];
      return this.ctx.workspace.db
        .select({ storeId: syncStates.storeId })
        .from(syncStates)
        .where(and(eq(syncStates.enabled, true), lte(syncStates.nextRunAt, this.ctx.now().toISOString())))
        .all();
    });
    return due.map((d) => d.storeId).filter((storeId) => this.syncNow(storeId).started);
  }

  private async execute(storeId: number, endpoint: string | undefined): Promise<SyncOutcome> {
    const job = this.ctx.jobs.start(syncJobId(storeId), `sync store ${storeId}`);
    try {
      const summary = await runSync(this.ctx, this.deps, storeId, job, endpoint);
      await this.deps.exclusive(() => recordSyncSuccess(this.ctx, storeId, summary));
      this.ctx.events.emit('workspace.changed', { entity: 'sync' });
      return { ok: true, summary };
    } catch (error) {
      const cancelled = error instanceof JobCancelled;
      const failure = cancelled ? 'cancelled' : error instanceof ConnectorError ? error.failure : error instanceof AppError ? error.code : 'internal';
      // JobCancelled says "nothing was written", which is untrue of a sync that imported a report first.
      const message = cancelled
        ? 'The sync was cancelled; reports it had already imported stay imported.'
        : error instanceof AppError
          ? error.message
          : 'the sync failed unexpectedly; the details were written to the log';
      const summary = error instanceof SyncFailed ? error.summary : null;
      // A store that does not exist has no status to record the failure in.
      if (failure !== 'not_found') await this.deps.exclusive(() => recordSyncFailure(this.ctx, storeId, failure, message, summary));
      this.ctx.events.emit('workspace.changed', { entity: 'sync' });
      return { ok: false, failure, message, summary };
    } finally {
      job.finish();
    }
  }
}
