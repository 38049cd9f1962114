import type { EventPayload } from '@shared/api/contract';
import { findMetric } from '@shared/metrics/metric-catalog';
import { formatText, type MenuLocale, type MenuTexts } from './menu-locale';

export interface DesktopNotice {
  title: string;
  body: string;
}

/** More new breaches than this at once become one summary instead of a stack of toasts. */
export const MAX_SEPARATE_NOTICES = 3;
/** Store names a summary spells out before "and N more". */
const NAMED_STORES = 3;

type OpenedAlerts = EventPayload<'alerts.opened'>;

function openBreachesLine(texts: MenuTexts, openBreaches: number): string {
  return openBreaches === 1 ? texts.openBreachesOne : formatText(texts.openBreachesOther, { count: String(openBreaches) });
}

/**
 * The desktop notifications an evaluation run deserves: only new breaches interrupt the user
 * (watch, projected, stale and account-status alerts wait in the inbox); one notice per breach
 * up to MAX_SEPARATE_NOTICES, else one summary naming the first stores.
 */
export function breachNotices(event: OpenedAlerts, texts: MenuTexts, locale: MenuLocale): DesktopNotice[] {
  const breaches = event.alerts.filter((alert) => alert.kind === 'breach');
  if (breaches.length === 0) return [];
  const total = openBreachesLine(texts, event.openBreaches);

  if (breaches.length <= MAX_SEPARATE_NOTICES) {
    return breaches.map((alert) => ({
      title: formatText(texts.breachTitle, { store: alert.storeName }),
      body: `${formatText(texts.breachBody, { metric: findMetric(alert.metricKey)?.labels[locale] ?? alert.metricKey })}\n${total}`,
    }));
  }

  const stores = [...new Set(breaches.map((alert) => alert.storeName))];
  const named = stores.slice(0, NAMED_STORES).join(texts.listSeparator);
  const more = stores.length - NAMED_STORES;
  const storeLine = more > 0 ? formatText(texts.breachSummaryMoreStores, { stores: named, more: String(more) }) : named;
  return [
    {
      title: formatText(texts.breachSummaryTitle, { count: String(breaches.length) }),
      body: `${storeLine}\n${total}`,
    },
  ];
}
