import { Button, EmptyState, Paper } from '@mantine/core';
import { IconChartLine, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** A store that exists but has nothing imported yet: how to get its numbers in. */
export function StoreNoData({ storeName }: { storeName: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" py={48} px="xl" data-testid="store-no-data">
      <EmptyState icon={<IconChartLine size={28} />} variant="light" title={t('store.noData.title')} description={t('store.noData.description', { store: storeName })}>
        <EmptyState.Actions>
          <Button component={Link} to="/imports" leftSection={<IconUpload size={16} />}>
            {t('store.noData.action')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
