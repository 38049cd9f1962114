import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useExperiments } from '../../hooks/use-planning';
import { ExperimentCard } from './ExperimentCard';
import { ExperimentFormModal } from './ExperimentFormModal';

/** The log of changes tested against a control, with results computed from the snapshots. */
export function ExperimentsPage() {
  const { t } = useTranslation();
  const experiments = useExperiments();
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('nav.experiments')}
        description={t('planning.experiments.description')}
        actions={
          <Button leftSection={<IconFlask size={16} />} onClick={() => setCreating(true)} miw="max-content">
            {t('planning.experiments.new')}
          </Button>
        }
      />
      {experiments.isPending ? (
        <CenteredLoader />
      ) : experiments.error ? (
        <ErrorState error={experiments.error} onRetry={() => void experiments.refetch()} />
      ) : experiments.data.length === 0 ? (
        <Text c="dimmed">{t('planning.experiments.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, xl: 2 }} data-testid="experiments-grid">
          {experiments.data.map((experiment) => (
            <ExperimentCard key={experiment.id} experiment={experiment} />
          ))}
        </SimpleGrid>
      )}
      <ExperimentFormModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
