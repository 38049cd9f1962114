import { Anchor, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Overview } from '@shared/api/overview-schemas';
import { formatDateTime } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useMetricLabel } from '../../metrics/use-metric-label';
import { OverviewSection } from './OverviewSection';

/** Contract promises due within 48 hours, each linking to the SLA board. */
export function SlaDueSoon({ items }: { items: Overview['slaDueSoon'] }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  return (
    <OverviewSection title={t('overview.sla.title')} hint={t('overview.sla.hint')} testId="overview-sla">
      <Paper withBorder radius="md" p="md">
        {items.length === 0 ? (
          <EmptyState icon={<IconFileCertificate size={24} />} variant="light" color="violet" size="sm" title={t('overview.sla.emptyTitle')} description={t('overview.sla.emptyDescription')} />
        ) : (
          <Stack gap="sm">
            {items.map((item) => (
              <Group key={item.id} justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0} miw={0}>
                  <Anchor component={Link} to="/contracts?tab=sla" size="sm" fw={600} truncate="end">
                    {item.kind ? t(`sla.kinds.${item.kind}`) : item.label}
                  </Anchor>
                  <Text size="xs" c="dimmed" truncate="end">
                    {[item.metricKey ? metricLabel(item.metricKey) : (item.title ?? item.month), item.storeName, item.clientName].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
                <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                  {t('overview.sla.due', { date: formatDateTime(item.dueAt, language) })}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
    </OverviewSection>
  );
}
