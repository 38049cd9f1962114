import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconLoader2, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '@shared/api/sync-schemas';
import { notifyError, notifySuccess } from '../../../errors/notify-error';
import { useSyncNow } from '../../../hooks/use-connections';
import { formatDateTime } from '../../../i18n/format-values';
import { SettingsFact } from '../SettingsSection';
import { SyncProgress } from './SyncProgress';

const KNOWN_FAILURES = ['offline', 'auth', 'rate_limited', 'report_fatal', 'server', 'bad_response', 'not_configured', 'invalid_input', 'unavailable', 'cancelled'] as const;
type KnownFailure = (typeof KNOWN_FAILURES)[number];
const isKnownFailure = (code: string): code is KnownFailure => (KNOWN_FAILURES as readonly string[]).includes(code);

/** A store's sync at a glance: last success, last error in plain words, next run, and "sync now". */
export function SyncStatusCard({ storeId, status }: { storeId: number; status: SyncStatus | undefined }) {
  const { t, i18n } = useTranslation();
  const syncNow = useSyncNow();
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language) : t('connections.never'));
  const failed = status?.lastErrorAt && (!status.lastSuccessAt || status.lastErrorAt > status.lastSuccessAt);
  const start = () =>
    syncNow
      .mutateAsync({ storeId })
      .then((result) => notifySuccess(t(result.started ? 'connections.syncStarted' : 'connections.syncAlreadyRunning')))
      .catch((error: unknown) => notifyError(t, error));
  return (
    <Paper withBorder radius="md" p="md" data-testid="sync-status">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{t('connections.syncTitle')}</Text>
            {status?.running ? (
              <Badge color="blue" variant="light" leftSection={<IconLoader2 size={12} />}>
                {t('connections.running')}
              </Badge>
            ) : failed ? (
              <Badge color="red" variant="light" leftSection={<IconAlertCircle size={12} />}>
                {t('connections.failing')}
              </Badge>
            ) : status?.lastSuccessAt ? (
              <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={12} />}>
                {t('connections.healthy')}
              </Badge>
            ) : null}
          </Group>
          <Button size="xs" leftSection={<IconRefresh size={14} />} onClick={() => void start()} loading={syncNow.isPending} disabled={status?.running} data-testid="sync-now">
            {t('connections.syncNow')}
          </Button>
        </Group>
        {status?.running && <SyncProgress storeId={storeId} />}
        <SettingsFact label={t('connections.lastSuccess')}>{when(status?.lastSuccessAt)}</SettingsFact>
        <SettingsFact label={t('connections.nextRun')}>{status?.enabled === false ? t('connections.paused') : when(status?.nextRunAt)}</SettingsFact>
        {status?.lastSummary && (
          <SettingsFact label={t('connections.lastImport')}>{t('connections.summary', { records: status.lastSummary.records, batches: status.lastSummary.batches })}</SettingsFact>
        )}
        {failed && status.lastErrorCode && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={16} />} title={isKnownFailure(status.lastErrorCode) ? t(`connections.failures.${status.lastErrorCode}`) : t('connections.failures.other')} data-testid="sync-error">
            <Text size="sm">{status.lastError}</Text>
            <Text size="xs" c="dimmed" mt={4}>
              {status.consecutiveFailures > 1
                ? t('connections.failedAtCount', { when: when(status.lastErrorAt), failures: status.consecutiveFailures })
                : t('connections.failedAt', { when: when(status.lastErrorAt) })}
            </Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
