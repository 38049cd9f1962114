import { Button, EmptyState, Group, Paper } from '@mantine/core';
import { IconBuildingStore, IconFileImport, IconFilterOff, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** No store in the workspace yet: say where stores come from. */
export function MatrixNoStores() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" py={56} px="xl" data-testid="matrix-empty">
      <EmptyState variant="light" icon={<IconBuildingStore size={32} stroke={1.5} />} title={t('matrix.empty.title')} description={t('matrix.empty.description')}>
        <EmptyState.Actions>
          <Group justify="center" gap="sm">
            <Button component={Link} to="/clients-stores/stores" leftSection={<IconBuildingStore size={16} />}>
              {t('matrix.empty.addStores')}
            </Button>
            <Button component={Link} to="/imports" variant="default" leftSection={<IconFileImport size={16} />}>
              {t('matrix.empty.importData')}
            </Button>
          </Group>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

/** Stores exist but the filters or the search leave none. */
export function MatrixNoMatches({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" py={56} px="xl" data-testid="matrix-no-matches">
      <EmptyState icon={<IconSearchOff size={32} stroke={1.5} />} title={t('matrix.empty.noMatchTitle')} description={t('matrix.empty.noMatchDescription')}>
        <EmptyState.Actions>
          <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={onClear} data-testid="matrix-empty-clear-filters">
            {t('matrix.filters.clear')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
