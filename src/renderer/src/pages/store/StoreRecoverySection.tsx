import { Alert, Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState } from '../../components/ErrorState';
import { MetricStatusBadge } from '../../components/MetricStatusBadge';
import { useRecoveryCandidates, useRecoveryPlan } from '../../hooks/use-planning';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { formatMetricValue } from '../../metrics/format-metric-value';
import { useMetricLabel } from '../../metrics/use-metric-label';

function RecoveryPlanCard({ storeId, metricKey, status }: { storeId: number; metricKey: string; status: 'breach' | 'watch' }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const metricLabel = useMetricLabel();
  const plan = useRecoveryPlan(storeId, metricKey);
  const rate = (value: number) => formatMetricValue(value, 'ratio', language);
  const count = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
  const name = metricLabel(metricKey);
  let body;
  if (plan.isPending) body = <Text size="sm">{t('common.loading')}</Text>;
  else if (plan.error) body = <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  else if (plan.data.status === 'no_counts') {
    body = (
      <Alert color="gray" variant="light" icon={<IconInfoCircle />}>
        {t('planning.recovery.noCounts', { key: plan.data.countsKey })}
      </Alert>
    );
  } else {
    const p = plan.data;
    body = (
      <Stack gap="xs">
        {p.current && (
          <Text size="sm">
            {t('planning.recovery.now', {
              rate: rate(p.current.rate),
              defects: count(p.current.defects),
              orders: count(p.current.orders),
              window: p.windowDays,
              date: formatDay(p.today!, language),
            })}
          </Text>
        )}
        <Group gap="xs" wrap="nowrap">
          <IconCalendarCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
          <Text size="sm" fw={600} data-testid="recovery-date">
            {p.status === 'recovered'
              ? t('planning.recovery.recovered', { target: rate(p.targetRate) })
              : t('planning.recovery.recovers', { date: formatDay(p.recoveryDate!, language), target: rate(p.targetRate), orders: count(p.projectedOrdersPerDay) })}
          </Text>
        </Group>
        {p.speedUps.length > 0 && (
          <Table fz="sm" verticalSpacing={2} horizontalSpacing="xs" maw={460} data-testid="recovery-speedups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('planning.recovery.by')}</Table.Th>
                <Table.Th>{t('planning.recovery.ordersPerDay')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.speedUps.map((s) => (
                <Table.Tr key={s.date}>
                  <Table.Td>{formatDay(s.date, language)}</Table.Td>
                  <Table.Td>{count(s.ordersPerDay)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {p.missingDays.length > 0 && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle />} role="status">
            {t('planning.recovery.missing', { count: p.missingDays.length, first: formatDay(p.missingDays[0]!, language) })}
          </Alert>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="xs" data-recovery={metricKey}>
      <Group gap="xs">
        <Text fw={600}>{name}</Text>
        <MetricStatusBadge status={status} />
      </Group>
      {body}
    </Stack>
  );
}

/** When each breached or at-risk rolling-window rate heals if no new defect occurs; shown only when there is one. */
export function StoreRecoverySection({ storeId }: { storeId: number }) {
  const { t } = useTranslation();
  const candidates = useRecoveryCandidates(storeId);
  if (!candidates.data || candidates.data.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="store-recovery-title" data-testid="store-recovery">
      <Group justify="space-between" mb="sm">
        <Title order={4} id="store-recovery-title">
          {t('planning.recovery.title')}
        </Title>
        <Anchor component={Link} to={`/planning/targets?store=${storeId}`} size="sm">
          {t('planning.recovery.targetsLink')}
        </Anchor>
      </Group>
      <Stack gap="lg">
        {candidates.data.map((c) => (
          <RecoveryPlanCard key={c.metricKey} storeId={storeId} metricKey={c.metricKey} status={c.status} />
        ))}
      </Stack>
    </Paper>
  );
}
