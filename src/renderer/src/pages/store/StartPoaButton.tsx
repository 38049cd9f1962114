import { Button } from '@mantine/core';
import { IconFileDescription } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { newPoaCaseHref } from '../poa/list/poa-list-filters';

/** Starts a plan of action (appeal) for this store: the POA list opens with the new-case form on this store. */
export function StartPoaButton({ storeId }: { storeId: number }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={newPoaCaseHref(storeId)}
      variant="light"
      leftSection={<IconFileDescription size={16} />}
      data-store-id={storeId}
      data-testid="start-poa"
    >
      {t('store.poa.start')}
    </Button>
  );
}
