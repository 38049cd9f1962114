import { Badge, Button, Center, EmptyState, Paper, SimpleGrid, Stack } from '@mantine/core';
import { IconArrowRight, IconBuildingStore, IconChartLine, IconTimeline, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useWorkspaceInfo } from '../../hooks/use-workspace';
import { StatCard } from './StatCard';

export function OverviewPage() {
  const { t } = useTranslation();
  const info = useWorkspaceInfo();
  return (
    <>
      <PageHeader
        title={t('nav.overview')}
        description={t('overview.description')}
        actions={
          <Button component={Link} to="/clients-stores/clients" variant="light" rightSection={<IconArrowRight size={16} />}>
            {t('overview.openDirectory')}
          </Button>
        }
      />
      <Stack gap="xl">
        {info.isPending && <CenteredLoader />}
        {info.error && <ErrorState error={info.error} onRetry={() => void info.refetch()} />}
        {info.data && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
            <StatCard label={t('overview.stats.clients')} value={info.data.clientCount} icon={IconUsers} color="indigo" testId="stat-clients" />
            <StatCard label={t('overview.stats.stores')} value={info.data.storeCount} icon={IconBuildingStore} color="teal" testId="stat-stores" />
            <StatCard label={t('overview.stats.snapshots')} value={info.data.snapshotCount} icon={IconTimeline} color="grape" testId="stat-snapshots" />
          </SimpleGrid>
        )}
        <Paper withBorder radius="lg" py={48} px="xl">
          <EmptyState
            variant="light"
            icon={<IconChartLine size={32} stroke={1.5} />}
            title={t('comingSoon.areas.overview.title')}
            description={t('comingSoon.areas.overview.description')}
          >
            <Center mt="md">
              <Badge variant="dot" size="lg">
                {t('comingSoon.badge')}
              </Badge>
            </Center>
          </EmptyState>
        </Paper>
      </Stack>
    </>
  );
}
