import { Alert, List, Text } from '@mantine/core';
import { IconCalendarStats } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { useTargetReview } from '../../hooks/use-planning';
import { formatShare } from './planning-format';

/** The quarterly reminder: targets far off their pace or already beaten, to adjust before the quarter ends. */
export function TargetReviewPanel() {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const review = useTargetReview();
  if (!review.data || review.data.items.length === 0) return null;
  const { quarter, dueDate, items } = review.data;
  return (
    <Alert color="yellow" variant="light" icon={<IconCalendarStats />} title={t('planning.review.title', { quarter, date: formatDay(dueDate, language) })} data-testid="target-review">
      <Text size="sm" mb="xs">
        {t('planning.review.summary', { farOff: items.filter((i) => i.reason === 'far_off').length, beaten: items.filter((i) => i.reason === 'beaten').length })}
      </Text>
      <List size="sm" spacing={2}>
        {items.slice(0, 8).map(({ reason, target }) => (
          <List.Item key={target.id}>
            {t(`planning.review.${reason}`, {
              store: target.storeName,
              metric: metricLabel(target.metricKey),
              period: target.period,
              share: formatShare(reason === 'far_off' ? target.pace : target.attainment, language),
            })}
          </List.Item>
        ))}
      </List>
      {items.length > 8 && (
        <Text size="sm" mt="xs">
          {t('planning.review.more', { count: items.length - 8 })}
        </Text>
      )}
    </Alert>
  );
}
