import { useCallback } from 'react';
import { findMetric } from '@shared/metrics/metric-catalog';
import { useUiLanguage } from '../i18n/use-ui-language';

/** A metric's name in the UI language, from the catalog; an unknown key shows as itself. */
export function useMetricLabel(): (metricKey: string) => string {
  const { language } = useUiLanguage();
  return useCallback((metricKey: string) => findMetric(metricKey)?.labels[language] ?? metricKey, [language]);
}
