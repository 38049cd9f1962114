import { AppError } from '@shared/api/app-error';
import type { EventBus } from '../events/event-bus';

export class JobCancelled extends AppError {
  constructor(label: string) {
    super('conflict', `${label} was cancelled; nothing was written`, { cancelled: true });
  }
}

export interface RunningJob {
  readonly id: string;
  /** Reports progress to the UI and throws JobCancelled once a cancel was asked for. */
  progress(done: number, total: number): void;
}

/** Early cancels and finished ids kept at most: enough for every job a user could have in flight. */
const IDS_KEPT = 100;

function addBounded(ids: Set<string>, id: string): void {
  ids.delete(id);
  ids.add(id);
  if (ids.size > IDS_KEPT) ids.delete(ids.values().next().value!);
}

/**
 * Long work (imports, review batches, syncs) runs as a job: it reports progress as
 * `job.progress` events and checks, whenever it reports, whether the user cancelled it.
 */
export class JobRegistry {
  private readonly cancelled = new Set<string>();
  private readonly running = new Set<string>();
  /**
   * Cancels for jobs that had not started: the UI names a job before sending it, and a cancel can
   * overtake the request that starts it (a big file still uploading). The job stops at its first report.
   */
  private readonly early = new Set<string>();
  /** Jobs that ran to their end: a cancel for one of them is too late, not early (sync ids repeat). */
  private readonly finished = new Set<string>();

  constructor(private readonly events: EventBus) {}

  start(id: string, label: string): RunningJob & { finish(): void } {
    this.running.add(id);
    this.finished.delete(id);
    if (this.early.delete(id)) this.cancelled.add(id);
    return {
      id,
      progress: (done, total) => {
        this.events.emit('job.progress', { jobId: id, done, total, label });
        if (this.cancelled.has(id)) throw new JobCancelled(label);
      },
      finish: () => {
        this.running.delete(id);
        this.cancelled.delete(id);
        addBounded(this.finished, id);
      },
    };
  }

  /**
   * True when the job was running and will stop at its next progress report. A job that has not
   * started yet answers false but stops as soon as it starts.
   */
  cancel(id: string): boolean {
    if (!this.running.has(id)) {
      if (!this.finished.has(id)) addBounded(this.early, id);
      return false;
    }
    this.cancelled.add(id);
    return true;
  }
}
