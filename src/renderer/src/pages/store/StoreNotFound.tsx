import { Button, EmptyState, Paper } from '@mantine/core';
import { IconArrowLeft, IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** A link to a store that does not exist (deleted, mistyped, or from another workspace). */
export function StoreNotFound({ storeId }: { storeId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" py={56} px="xl" data-testid="store-not-found">
      <EmptyState icon={<IconBuildingStore size={28} />} variant="light" color="gray" title={t('store.notFound.title')} description={t('store.notFound.description', { id: storeId })}>
        <EmptyState.Actions>
          <Button component={Link} to="/matrix" leftSection={<IconArrowLeft size={16} />}>
            {t('store.notFound.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
