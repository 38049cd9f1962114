import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ALERT_SEVERITIES } from '@shared/api/alert-schemas';
import { AlertSeverityBadge } from '../../components/AlertSeverityBadge';
import { ErrorState } from '../../components/ErrorState';
import { useStoreOpenAlerts } from '../../hooks/use-store-insights';
import { formatDateTime } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { formatAge } from './format-age';

const SHOWN = 6;

/** The store's unresolved alerts, worst and oldest first, with a way into the inbox filtered to this store. */
export function StoreAlertsPanel({ storeId }: { storeId: number }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const alerts = useStoreOpenAlerts(storeId);
  const now = new Date();
  const list = [...(alerts.data ?? [])].sort(
    (a, b) => ALERT_SEVERITIES.indexOf(a.severity) - ALERT_SEVERITIES.indexOf(b.severity) || a.openedAt.localeCompare(b.openedAt),
  );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="store-alerts-title" data-testid="store-alerts" data-count={alerts.data?.length}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={4} id="store-alerts-title">
          {t('store.alerts.title')}
        </Title>
        <Anchor component={Link} to={`/alerts?store=${storeId}`} size="sm" data-testid="store-alerts-link">
          <Group gap={4} wrap="nowrap">
            {t('store.alerts.viewAll')}
            <IconArrowRight size={14} />
          </Group>
        </Anchor>
      </Group>
      {alerts.isPending && <Skeleton height={60} />}
      {alerts.error && <ErrorState error={alerts.error} onRetry={() => void alerts.refetch()} />}
      {alerts.data && list.length === 0 && (
        <Group gap="xs">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-text)" aria-hidden />
          <Text size="sm" c="dimmed">
            {t('store.alerts.none')}
          </Text>
        </Group>
      )}
      {list.length > 0 && (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {list.slice(0, SHOWN).map((alert) => (
            <Group key={alert.id} component="li" gap="sm" wrap="nowrap" justify="space-between" data-testid="store-alert" data-alert-id={alert.id}>
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <AlertSeverityBadge severity={alert.severity} />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate="end">
                    {metricLabel(alert.metricKey)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`alerts.kinds.${alert.kind}`)}
                  </Text>
                </div>
              </Group>
              <Text size="xs" c="dimmed" title={formatDateTime(alert.openedAt, language)} style={{ whiteSpace: 'nowrap' }}>
                {t('store.alerts.opened', { age: formatAge(alert.openedAt, now, language) })}
              </Text>
            </Group>
          ))}
          {list.length > SHOWN && (
            <Text size="xs" c="dimmed">
              {t('store.alerts.more', { count: list.length - SHOWN })}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
