import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MetricStatusBadge } from '../../components/MetricStatusBadge';
import { useUiLanguage } from '../../i18n/use-ui-language';
import type { PlatformVerdict } from './group-store-metrics';

/** Metrics the platform judges in words (account status, AHR status): their latest verdict, not a chart. */
export function PlatformVerdicts({ verdicts }: { verdicts: readonly PlatformVerdict[] }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  return (
    <Paper withBorder radius="md" p="md" data-testid="platform-verdicts">
      <Text size="xs" c="dimmed" mb="xs">
        {t('store.trends.verdicts')}
      </Text>
      <Stack gap="xs">
        {verdicts.map(({ metric, status, platformStatus }) => (
          <Group key={metric.key} justify="space-between" gap="sm" data-metric={metric.key}>
            <Text size="sm" fw={500}>
              {metric.labels[language]}
            </Text>
            <Group gap="xs">
              {platformStatus && (
                <Badge variant="outline" color="gray" tt="none">
                  {platformStatus}
                </Badge>
              )}
              <MetricStatusBadge status={status} />
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
