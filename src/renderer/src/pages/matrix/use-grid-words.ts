import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { METRIC_STATUSES, type MetricStatus } from '@shared/api/kpi-schemas';
import { PLATFORMS, type Platform } from '@shared/domain/stores';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { isPlatformStatusWord } from './describe-cell';
import type { RowWords } from './MatrixBodyRow';

/** The words of rows and cells, translated once per language: cells take no hook of their own. */
export function useRowWords(): RowWords {
  const { i18n } = useTranslation();
  const { language } = useUiLanguage();
  return useMemo(() => {
    const t = i18n.getFixedT(language);
    const status = Object.fromEntries(METRIC_STATUSES.map((s) => [s, t(`metricStatuses.${s}`)])) as Record<MetricStatus, string>;
    const platform = Object.fromEntries(PLATFORMS.map((p) => [p, t(`platforms.${p}`)])) as Record<Platform, string>;
    return {
      status,
      platform,
      notApplicable: t('matrix.grid.notApplicable'),
      noData: t('matrix.grid.noData'),
      notJudged: t('matrix.grid.notJudged'),
      platformStatus: (word: string) => (isPlatformStatusWord(word) ? t(`matrix.platformStatuses.${word}`) : word),
      healthCell: (score: number, worst: MetricStatus) => t('matrix.grid.healthCell', { score, status: status[worst] }),
      groupSummary: (count: number, worst: MetricStatus) => t('matrix.grid.groupSummary', { count, status: status[worst] }),
    };
  }, [i18n, language]);
}
