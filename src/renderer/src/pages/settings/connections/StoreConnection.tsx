import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconInfoCircle, IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionProvider, CredentialTestResult } from '@shared/api/credential-schemas';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ErrorState } from '../../../components/ErrorState';
import { notifyError } from '../../../errors/notify-error';
import { useCredentials, useSyncStatus, useTestConnection } from '../../../hooks/use-connections';
import { ConnectionOptions } from './ConnectionOptions';
import { CredentialTable } from './CredentialTable';
import { SyncStatusCard } from './SyncStatusCard';

/** Everything about one store's connection: its secrets, a test, its schedule and its sync status. */
export function StoreConnection({ storeId, provider }: { storeId: number; provider: ConnectionProvider }) {
  const { t } = useTranslation();
  const credentials = useCredentials(storeId);
  const status = useSyncStatus(storeId);
  const test = useTestConnection();
  const [tested, setTested] = useState<CredentialTestResult | null>(null);
  if (credentials.isPending || status.isPending) return <CenteredLoader />;
  if (credentials.error) return <ErrorState error={credentials.error} onRetry={() => void credentials.refetch()} />;
  if (status.error) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  const current = status.data[0];
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={16} />}>
        {t(`connections.coverage.${provider}`)}
      </Alert>
      <CredentialTable storeId={storeId} provider={provider} credentials={credentials.data} />
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconPlugConnected size={16} />}
          loading={test.isPending}
          onClick={() =>
            test
              .mutateAsync({ storeId })
              .then(setTested)
              .catch((error: unknown) => notifyError(t, error))
          }
          data-testid="test-connection"
        >
          {t('connections.test')}
        </Button>
        {tested && (
          <Group gap={6} wrap="nowrap" c={tested.ok ? 'teal.9' : 'red.9'} style={{ flex: 1, minWidth: 0 }}>
            {tested.ok ? <IconCircleCheck size={16} /> : <IconAlertCircle size={16} />}
            <Text size="sm" c={tested.ok ? 'teal.9' : 'red.9'} data-testid="test-result">
              {tested.ok ? t('connections.testOk') : t('connections.testFailed')} {tested.message}
            </Text>
          </Group>
        )}
      </Group>
      <ConnectionOptions key={`${storeId}-${current?.endpoint ?? ''}-${current?.intervalMinutes ?? ''}`} storeId={storeId} provider={provider} status={current} />
      <SyncStatusCard storeId={storeId} status={current} />
    </Stack>
  );
}
