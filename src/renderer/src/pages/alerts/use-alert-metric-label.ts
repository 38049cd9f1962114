import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { slaKindOfMetricKey } from './sla-alert-kind';

/** What an alert is about: a catalog metric's name, or the SLA promise an "sla_breach" alert broke. */
export function useAlertMetricLabel(): (metricKey: string) => string {
  const { t } = useTranslation();
  const metricLabel = useMetricLabel();
  return useCallback(
    (metricKey: string) => {
      const kind = slaKindOfMetricKey(metricKey);
      return kind ? `${t('alerts.kinds.sla_breach')}: ${t(`sla.kinds.${kind}`)}` : metricLabel(metricKey);
    },
    [metricLabel, t],
  );
}
