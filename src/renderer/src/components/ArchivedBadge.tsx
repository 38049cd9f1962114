import { Badge } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function ArchivedBadge() {
  const { t } = useTranslation();
  return (
    <Badge miw="max-content" color="gray" variant="filled" size="sm" leftSection={<IconArchive size={11} />}>
      {t('common.archived')}
    </Badge>
  );
}
