import { Alert, Button, Group, List, Modal, Progress, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchExportResult, ReviewFormat } from '@shared/api/review-schemas';
import { showServerError } from '../../forms/apply-issues';
import { useCancelJob } from '../../hooks/use-imports';
import { useJobProgress } from '../../hooks/use-job-progress';
import { useBatchExportReviews } from '../../hooks/use-reviews';
import { formatReviewMonth } from './review-months';

/** Every active client's review of the month into a folder on this computer, with progress, cancel and a summary. */
export function BatchExportModal({ opened, month, onClose }: { opened: boolean; month: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [folder, setFolder] = useState('');
  const [format, setFormat] = useState<ReviewFormat>('pdf');
  const [jobId, setJobId] = useState<string | null>(null);
  const [folderError, setFolderError] = useState<string | undefined>();
  const [result, setResult] = useState<BatchExportResult | null>(null);
  const batch = useBatchExportReviews();
  const cancel = useCancelJob();
  const progress = useJobProgress(jobId);
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  const start = async () => {
    const id = crypto.randomUUID();
    setJobId(id);
    setResult(null);
    setFolderError(undefined);
    try {
      setResult(await batch.mutateAsync({ month, format, folder, jobId: id }));
    } catch (failure) {
      showServerError<{ folder: string }>(failure, ['folder'], t, (errors) => setFolderError(errors.folder));
    } finally {
      setJobId(null);
    }
  };
  const close = () => {
    if (batch.isPending) return;
    setResult(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('reviews.batch.title', { month: formatReviewMonth(month, i18n.language) })} size="lg" data-testid="review-batch">
      <Stack gap="md">
        <TextInput
          label={t('reviews.batch.folder')}
          description={t('reviews.batch.folderHint')}
          placeholder={t('reviews.batch.folderPlaceholder')}
          value={folder}
          onChange={(event) => setFolder(event.currentTarget.value)}
          error={folderError}
          disabled={batch.isPending}
          data-testid="review-batch-folder"
        />
        <SegmentedControl
          aria-label={t('reviews.batch.format')}
          value={format}
          onChange={(value) => setFormat(value as ReviewFormat)}
          data={[{ value: 'pdf', label: 'PDF' }, { value: 'xlsx', label: 'XLSX' }]}
          disabled={batch.isPending}
          w="fit-content"
        />
        {batch.isPending && (
          <Group gap="sm" wrap="nowrap" data-testid="review-batch-progress">
            <Progress value={percent} flex={1} size="lg" radius="xl" animated striped aria-label={t('reviews.batch.progress', { done: progress?.done ?? 0, total: progress?.total ?? 0 })} />
            <Text size="sm" c="dimmed" miw={64}>
              {progress ? `${progress.done} / ${progress.total}` : ''}
            </Text>
            <Button variant="subtle" color="red" size="xs" leftSection={<IconX size={14} />} onClick={() => jobId && void cancel.mutateAsync({ jobId })} data-testid="review-batch-cancel">
              {t('reviews.batch.cancel')}
            </Button>
          </Group>
        )}
        {result && (
          <Alert
            color={result.failed.length > 0 || result.cancelled ? 'orange' : 'teal'}
            icon={result.failed.length > 0 || result.cancelled ? <IconAlertTriangle size={18} /> : <IconCircleCheck size={18} />}
            title={t(result.cancelled ? 'reviews.batch.cancelled' : 'reviews.batch.done', { written: result.written.length, failed: result.failed.length })}
            data-testid="review-batch-result"
          >
            <List size="sm" spacing={2}>
              {result.written.map((one) => (
                <List.Item key={one.clientId}>{t('reviews.batch.wrote', { client: one.clientName, file: one.fileName })}</List.Item>
              ))}
              {result.failed.map((one) => (
                <List.Item key={one.clientId} c="red">{t('reviews.batch.failed', { client: one.clientName, message: one.message })}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={batch.isPending}>
            {t('reviews.batch.close')}
          </Button>
          <Button onClick={() => void start()} loading={batch.isPending} disabled={folder.trim() === ''} data-testid="review-batch-start">
            {t('reviews.batch.start')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
