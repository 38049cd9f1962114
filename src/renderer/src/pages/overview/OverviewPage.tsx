import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileImport, IconGridDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useOverview } from '../../hooks/use-overview';
import { useWorkspaceInfo } from '../../hooks/use-workspace';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { TargetReviewReminder } from '../planning/TargetReviewReminder';
import { AlertCounts } from './AlertCounts';
import { AtRiskTable } from './AtRiskTable';
import { EmptyWorkspace } from './EmptyWorkspace';
import { OverviewSkeleton } from './OverviewSkeleton';
import { SlaDueSoon } from './SlaDueSoon';
import { StaleDataList } from './StaleDataList';
import { StatusCounts } from './StatusCounts';

/** The morning view: which stores need attention today, and why; every number opens its list. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const info = useWorkspaceInfo();
  const empty = info.data?.storeCount === 0;
  const overview = useOverview();

  return (
    <>
      <PageHeader
        title={t('nav.overview')}
        description={t('overview.description')}
        actions={
          !empty && (
            <Group gap="sm" wrap="nowrap">
              <Button component={Link} to="/imports" variant="default" leftSection={<IconFileImport size={16} />}>
                {t('overview.importData')}
              </Button>
              <Button component={Link} to="/matrix" variant="light" leftSection={<IconGridDots size={16} />}>
                {t('overview.openMatrix')}
              </Button>
            </Group>
          )
        }
      />
      {empty ? (
        <EmptyWorkspace canLoadDemo={info.data?.clientCount === 0} />
      ) : (
        <Stack gap="xl">
          {overview.isPending && <OverviewSkeleton />}
          {overview.error && <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />}
          {overview.data && (
            <>
              <StatusCounts counts={overview.data.storesByStatus} />
              <AlertCounts counts={overview.data.openAlertsBySeverity} />
              <TargetReviewReminder />
              <AtRiskTable stores={overview.data.atRisk} />
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
                <StaleDataList stores={overview.data.stale} />
                <SlaDueSoon items={overview.data.slaDueSoon} />
              </SimpleGrid>
            </>
          )}
          {info.data && (
            <Text size="xs" c="dimmed" data-testid="overview-workspace-counts">
              {t('overview.workspaceCounts', {
                clients: info.data.clientCount.toLocaleString(language),
                stores: info.data.storeCount.toLocaleString(language),
                snapshots: info.data.snapshotCount.toLocaleString(language),
              })}
            </Text>
          )}
        </Stack>
      )}
    </>
  );
}
