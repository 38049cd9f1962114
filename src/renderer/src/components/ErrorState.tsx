import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/api/app-error';

/** A failed load: what went wrong in the user's language, the backend's detail, and a retry. */
export function ErrorState({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle />} title={t(`errors.codes.${error.code}`)} role="alert">
      <Text size="sm">{error.message}</Text>
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
