import { Button, Group, Progress, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useJobProgress } from '../../hooks/use-job-progress';

/** How far a running import has read its file, and the way to stop it (nothing is then written). */
export function ImportProgress({ jobId, onCancel }: { jobId: string | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const progress = useJobProgress(jobId);
  // A streamed workbook does not know its size: then the bar only shows that work goes on.
  const known = progress !== null && progress.total > 0;
  const percent = known ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 0;
  return (
    <Group gap="sm" wrap="nowrap" data-testid="import-progress">
      <Progress value={known ? percent : 100} w={160} size="lg" radius="xl" animated striped aria-label={t('imports.run.progress', { percent })} />
      <Text size="sm" c="dimmed" w={40}>
        {known ? `${percent}%` : ''}
      </Text>
      <Button variant="subtle" color="red" size="xs" leftSection={<IconX size={14} />} onClick={onCancel} data-testid="import-cancel">
        {t('imports.run.cancel')}
      </Button>
    </Group>
  );
}
