import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Alert } from '@shared/api/alert-schemas';
import { findMetric } from '@shared/metrics/metric-catalog';
import { ThresholdOriginBadge } from '../../components/ThresholdOriginBadge';
import { formatDateTime, formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { formatMetricValue } from '../../metrics/format-metric-value';
import { storeHref } from '../overview/view-links';
import { alertDetailEntries, type AlertDetailEntry } from './alert-detail-entries';
import { alertValueText } from './alert-value';
import { formatAlertAge } from './format-alert-age';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** Everything known about one alert: where, what, when, who, and what the rule recorded. */
export function AlertFacts({ alert, now }: { alert: Alert; now: Date }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const unit = findMetric(alert.metricKey)?.unit ?? 'count';
  const none = t('common.none');

  const detailLabel = (entry: AlertDetailEntry) => {
    const key = `alerts.detail.labels.${entry.name}`;
    // Detail keys come from the backend's rules, so the label is looked up at run time.
    return i18n.exists(key) ? String(t(key as ParseKeys)) : entry.key;
  };
  const detailValue = (entry: AlertDetailEntry): ReactNode => {
    switch (entry.kind) {
      case 'level':
        return formatMetricValue(entry.value, unit, language);
      case 'days':
        return t('alerts.detail.inDays', { count: entry.value });
      case 'origin':
        return <ThresholdOriginBadge origin={entry.value} source={null} />;
      case 'number':
        return new Intl.NumberFormat(language, { maximumFractionDigits: 4 }).format(entry.value);
      case 'text':
        return entry.value;
    }
  };

  return (
    <SimpleGrid cols={2} spacing="md" verticalSpacing="md" data-testid="alert-facts">
      <Fact label={t('alerts.columns.store')}>
        <Anchor component={Link} to={storeHref(alert.storeId)} size="sm" fw={600}>
          {alert.storeName}
        </Anchor>
      </Fact>
      <Fact label={t('alerts.columns.client')}>{alert.clientName}</Fact>
      <Fact label={t('alerts.columns.kind')}>{t(`alerts.kinds.${alert.kind}`)}</Fact>
      <Fact label={t('alerts.columns.value')} testId="alert-fact-value">
        {alertValueText(alert, language)}
      </Fact>
      {alertDetailEntries(alert.detail).map((entry) => (
        <Fact key={entry.key} label={detailLabel(entry)} testId={`alert-detail-${entry.key}`}>
          {detailValue(entry)}
        </Fact>
      ))}
      <Fact label={t('alerts.facts.dataDate')}>{alert.dataDate ? formatDay(alert.dataDate, language) : none}</Fact>
      <Fact label={t('alerts.facts.openedAt')}>
        {formatDateTime(alert.openedAt, language)}
        <Text span size="xs" c="dimmed">
          {' · '}
          {formatAlertAge(alert.openedAt, now, language)}
        </Text>
      </Fact>
      <Fact label={t('alerts.columns.assignee')}>{alert.assignee ?? t('alerts.unassigned')}</Fact>
      <Fact label={t('alerts.facts.acknowledgedAt')}>{alert.acknowledgedAt ? formatDateTime(alert.acknowledgedAt, language) : none}</Fact>
      {alert.snoozedUntil && <Fact label={t('alerts.facts.snoozedUntil')}>{formatDay(alert.snoozedUntil, language)}</Fact>}
      {alert.resolvedAt && <Fact label={t('alerts.facts.resolvedAt')}>{formatDateTime(alert.resolvedAt, language)}</Fact>}
    </SimpleGrid>
  );
}
