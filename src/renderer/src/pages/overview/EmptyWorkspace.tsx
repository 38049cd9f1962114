import { Button, EmptyState, Group, Paper } from '@mantine/core';
import { IconBuildingStore, IconFileImport, IconPlus, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { notifyError } from '../../errors/notify-error';
import { useInitialiseWorkspace } from '../../hooks/use-workspace';

/**
 * No store yet: the ways to get some. The demo portfolio is offered only while the workspace
 * has no client, as the backend refuses to mix demo data with real data.
 */
export function EmptyWorkspace({ canLoadDemo }: { canLoadDemo: boolean }) {
  const { t } = useTranslation();
  const initialise = useInitialiseWorkspace();
  return (
    <Paper withBorder radius="lg" py={56} px="xl" data-testid="overview-empty">
      <EmptyState icon={<IconBuildingStore size={32} stroke={1.5} />} variant="light" title={t('overview.empty.title')} description={t('overview.empty.description')}>
        <EmptyState.Actions>
          <Group justify="center" gap="sm">
            <Button component={Link} to="/clients-stores/stores" leftSection={<IconPlus size={16} />} data-testid="overview-empty-add-stores">
              {t('overview.empty.addStores')}
            </Button>
            <Button component={Link} to="/imports" variant="default" leftSection={<IconFileImport size={16} />} data-testid="overview-empty-import">
              {t('overview.empty.import')}
            </Button>
            {canLoadDemo && (
              <Button
                variant="light"
                leftSection={<IconSparkles size={16} />}
                loading={initialise.isPending}
                onClick={() => initialise.mutate({ mode: 'demo' }, { onError: (error) => notifyError(t, error) })}
                data-testid="overview-empty-demo"
              >
                {t('overview.empty.demo')}
              </Button>
            )}
          </Group>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
