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

/**
 * Long work (imports today; exports and syncs later) runs as a job: it reports progress as
 * `job.progress` events and checks, whenever it reports, whether the user cancelled it.
 */
export class JobRegistry {
  private readonly cancelled = new Set<string>();
  private readonly running = new Set<string>();

  constructor(private readonly events: EventBus) {}

  start(id: string, label: string): RunningJob & { finish(): void } {
    this.running.add(id);
    return {
      id,
      progress: (done, total) => {
        this.events.emit('job.progress', { jobId: id, done, total, label });
        if (this.cancelled.has(id)) throw new JobCancelled(label);
      },
      finish: () => {
        this.running.delete(id);
        this.cancelled.delete(id);
      },
    };
  }

  /** True when the job was running and will stop at its next progress report. */
  cancel(id: string): boolean {
    if (!this.running.has(id)) return false;
    this.cancelled.add(id);
    return true;
  }
}
