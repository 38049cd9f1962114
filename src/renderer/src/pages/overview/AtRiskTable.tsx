import { Anchor, EmptyState, Paper, Stack, Table, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Overview } from '@shared/api/overview-schemas';
import { DataTable } from '../../components/DataTable';
import { MetricStatusBadge } from '../../components/MetricStatusBadge';
import { useDisplayNames } from '../../i18n/use-display-names';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { HealthScore } from './HealthScore';
import { OverviewSection } from './OverviewSection';
import { storeHref } from './view-links';

/** The ten stores most at risk: lowest health first, then most projected breaches. */
export function AtRiskTable({ stores }: { stores: Overview['atRisk'] }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const names = useDisplayNames();
  const number = (value: number) => value.toLocaleString(language);

  return (
    <OverviewSection title={t('overview.atRisk.title')} hint={t('overview.atRisk.hint')} testId="overview-at-risk">
      {stores.length === 0 ? (
        <Paper withBorder radius="md" py={40} px="xl">
          <EmptyState icon={<IconShieldCheck size={28} />} variant="light" color="teal" title={t('overview.atRisk.emptyTitle')} description={t('overview.atRisk.emptyDescription')} />
        </Paper>
      ) : (
        <DataTable minWidth={640} horizontalSpacing="sm" testId="overview-at-risk-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('overview.atRisk.columns.store')}</Table.Th>
              <Table.Th>{t('overview.atRisk.columns.health')}</Table.Th>
              <Table.Th>{t('overview.atRisk.columns.worst')}</Table.Th>
              <Table.Th ta="right">{t('overview.atRisk.columns.breaches')}</Table.Th>
              <Table.Th ta="right">{t('overview.atRisk.columns.projected')}</Table.Th>
              <Table.Th ta="right">{t('overview.atRisk.columns.soonest')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stores.map((store) => (
              <Table.Tr key={store.storeId} data-store={store.storeId}>
                <Table.Td maw={260}>
                  <Stack gap={2} align="flex-start">
                    <Anchor component={Link} to={storeHref(store.storeId)} size="sm" fw={600} truncate="end" maw="100%" data-testid="at-risk-store">
                      {store.displayName}
                    </Anchor>
                    <Text size="xs" c="dimmed" truncate="end" maw="100%">
                      {store.clientName} · {t(`platforms.${store.platform}`)} {names.country(store.marketplace)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <HealthScore score={store.healthScore} />
                </Table.Td>
                <Table.Td>
                  <MetricStatusBadge status={store.worstStatus} />
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={store.breaches > 0 ? 700 : undefined} c={store.breaches > 0 ? 'red' : 'dimmed'}>
                    {number(store.breaches)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" c={store.projectedBreaches > 0 ? undefined : 'dimmed'}>
                    {number(store.projectedBreaches)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }} c={store.soonestBreachDays === null ? 'dimmed' : undefined}>
                    {store.soonestBreachDays === null ? t('common.none') : t('overview.atRisk.inDays', { count: Math.ceil(store.soonestBreachDays) })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </OverviewSection>
  );
}
