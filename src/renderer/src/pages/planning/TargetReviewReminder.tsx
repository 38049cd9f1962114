import { Alert, Anchor, Text } from '@mantine/core';
import { IconCalendarStats } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useTargetReview } from '../../hooks/use-planning';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';

/** The overview's quarterly reminder: how many targets are far off or beaten, and the way to the review. */
export function TargetReviewReminder() {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const review = useTargetReview();
  if (!review.data || review.data.items.length === 0) return null;
  const { quarter, dueDate, items } = review.data;
  return (
    <Alert color="yellow" variant="light" icon={<IconCalendarStats />} title={t('planning.review.title', { quarter, date: formatDay(dueDate, language) })} data-testid="overview-target-review">
      <Text size="sm">
        {t('planning.review.summary', { farOff: items.filter((i) => i.reason === 'far_off').length, beaten: items.filter((i) => i.reason === 'beaten').length })}{' '}
        <Anchor component={Link} to="/planning/targets" size="sm" fw={600} c="bright" underline="always">
          {t('planning.review.open')}
        </Anchor>
      </Text>
    </Alert>
  );
}
