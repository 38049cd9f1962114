import { Button, Group, Progress, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { syncJobId } from '@shared/api/sync-schemas';
import { notifyError } from '../../../errors/notify-error';
import { useCancelJob } from '../../../hooks/use-imports';
import { useJobProgress } from '../../../hooks/use-job-progress';

/** How far a running sync is, and the way to stop it (reports already imported stay). */
export function SyncProgress({ storeId }: { storeId: number }) {
  const { t } = useTranslation();
  const jobId = syncJobId(storeId);
  const progress = useJobProgress(jobId);
  const cancel = useCancelJob();
  const percent = progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 0;
  return (
    <Group gap="sm" wrap="nowrap" data-testid="sync-progress">
      <Progress value={progress ? percent : 100} w={200} size="lg" radius="xl" animated striped aria-label={t('connections.progress', { percent })} />
      <Text size="sm" c="dimmed" w={40}>
        {progress ? `${percent}%` : ''}
      </Text>
      <Button variant="subtle" color="red" size="xs" leftSection={<IconX size={14} />} onClick={() => cancel.mutateAsync({ jobId }).catch((error: unknown) => notifyError(t, error))}>
        {t('connections.cancel')}
      </Button>
    </Group>
  );
}
