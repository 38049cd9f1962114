import { app, Notification } from 'electron';
import { eventSchemas, type EventName } from '@shared/api/contract';
import type { Backend } from '../api/open-backend';
import { countOpenBreaches } from '../core/alerts/alert-service';
import { breachNotices } from './breach-notices';
import type { MainLog } from './main-log';
import type { MenuLocale, MenuTexts } from './menu-locale';

export interface AlertAttentionOptions {
  texts: MenuTexts;
  locale: MenuLocale;
  log: MainLog;
  /** Brings the window to the front on the alerts page (a notification was clicked). */
  showAlerts(): void;
}

/**
 * How the desktop app asks for attention: a notification for new breaches and the badge
 * counting open ones (the dock on macOS, the launcher on Linux; Windows has no badge count).
 * Which alerts notify and what the text says is decided in breach-notices.ts.
 */
export class AlertAttention {
  // Held until clicked or closed: a notification collected by the GC no longer reports clicks.
  private readonly showing = new Set<Notification>();

  constructor(private readonly options: AlertAttentionOptions) {}

  /** Receives every backend event. Never throws: it runs inside the API call that emitted it. */
  onEvent(event: EventName, payload: unknown, backend: Backend | null): void {
    if (event === 'alerts.opened') {
      this.safely('notifying new alerts', () => {
        const opened = eventSchemas['alerts.opened'].parse(payload);
        this.setBadge(opened.openBreaches);
        this.notify(breachNotices(opened, this.options.texts, this.options.locale));
      });
    } else if (event === 'workspace.changed' && backend) {
      // Resolving, importing, editing thresholds or archiving a store can all change the count.
      this.refreshBadge(backend);
    }
  }

  /** Counts the open breaches of the workspace now open (at start-up, after a switch or a change). */
  refreshBadge(backend: Backend): void {
    this.safely('updating the badge', () => this.setBadge(countOpenBreaches(backend.ctx)));
  }

  private safely(what: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.options.log.error(`Failed ${what}`, error);
    }
  }

  private setBadge(count: number): void {
    app.setBadgeCount(count);
  }

  private notify(notices: ReturnType<typeof breachNotices>): void {
    if (notices.length === 0 || !Notification.isSupported()) return;
    for (const notice of notices) {
      const notification = new Notification({ title: notice.title, body: notice.body });
      const forget = () => this.showing.delete(notification);
      notification.on('click', () => {
        forget();
        this.options.showAlerts();
      });
      notification.on('close', forget);
      notification.on('failed', (_event, error) => {
        forget();
        this.options.log.warn(`A desktop notification failed: ${error}`);
      });
      this.showing.add(notification);
      notification.show();
    }
  }
}
