import type { Alert } from '@shared/api/alert-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { formatMetricValue } from '../../metrics/format-metric-value';

/**
 * The value that raised an alert, in its metric's unit (0.93%, 18.5 h). A status metric (the
 * account status) has no number: the platform's own word stands in for it.
 */
export function alertValueText(alert: Pick<Alert, 'metricKey' | 'value' | 'detail'>, language: string): string {
  const unit = findMetric(alert.metricKey)?.unit ?? 'count';
  const platformStatus = alert.detail?.platformStatus;
  if (unit === 'status' || (alert.value === null && typeof platformStatus === 'string')) {
    return typeof platformStatus === 'string' && platformStatus ? platformStatus : '—';
  }
  return formatMetricValue(alert.value, unit, language);
}
