import type { Workspace } from './db/open-workspace';
import type { EventBus } from './events/event-bus';
import type { JobRegistry } from './jobs/job-registry';

/** What every service receives: the workspace, the clock and who is acting. */
export interface CoreContext {
  workspace: Workspace;
  now: () => Date;
  /** Who is acting, for the audit log: "ui", "cli", a user name … */
  actor: string;
  events: EventBus;
  jobs: JobRegistry;
}
