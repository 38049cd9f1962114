import { Alert, Button, Group, Stack, Switch, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconDeviceFloppy, IconFileSpreadsheet, IconFileTypePdf, IconInfoCircle, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review, ReviewFormat, ReviewStatus } from '@shared/api/review-schemas';
import { notifyError, notifySuccess } from '../../errors/notify-error';
import { downloadExportedFile } from '../../files/download-exported-file';
import { useExportReview, useSetReviewStatus, useUpdateReview } from '../../hooks/use-reviews';

/** The texts a user may change before the review goes out, its status steps and its exports. */
export function ReviewEditor({ review }: { review: Review }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<string | null>(null);
  const [plan, setPlan] = useState<string | null>(null);
  const update = useUpdateReview();
  const setStatus = useSetReviewStatus();
  const exporter = useExportReview();
  const key = { clientId: review.clientId, month: review.month };
  const editable = review.status === 'draft';
  const dirty = summary !== null || plan !== null;

  const save = async () => {
    try {
      await update.mutateAsync({ ...key, ...(summary !== null && { executiveSummary: summary }), ...(plan !== null && { nextMonthPlan: plan }) });
      setSummary(null);
      setPlan(null);
      notifySuccess(t('reviews.editor.saved'));
    } catch (failure) {
      notifyError(t, failure);
    }
  };
  const toggleFees = async (includeFees: boolean) => {
    try {
      await update.mutateAsync({ ...key, includeFees });
    } catch (failure) {
      notifyError(t, failure);
    }
  };
  const move = async (status: ReviewStatus) => {
    try {
      await setStatus.mutateAsync({ ...key, status });
      notifySuccess(t(`reviews.editor.moved.${status}`));
    } catch (failure) {
      notifyError(t, failure);
    }
  };
  const download = async (format: ReviewFormat) => {
    try {
      downloadExportedFile(await exporter.mutateAsync({ ...key, format }));
    } catch (failure) {
      notifyError(t, failure);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">{t('reviews.editor.reportLanguage', { language: t(`languages.${review.language}`) })}</Text>
      {!editable && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />} data-testid="review-locked">
          {t(review.status === 'sent' ? 'reviews.editor.lockedSent' : 'reviews.editor.lockedReviewed')}
        </Alert>
      )}
      <Textarea
        label={t('reviews.editor.summary')}
        description={review.summaryDrafted ? t('reviews.editor.drafted') : undefined}
        value={summary ?? review.executiveSummary}
        onChange={(event) => setSummary(event.currentTarget.value)}
        readOnly={!editable}
        autosize
        minRows={5}
        maxRows={14}
        data-testid="review-summary"
      />
      <Textarea
        label={t('reviews.editor.plan')}
        description={review.planDrafted ? t('reviews.editor.drafted') : undefined}
        value={plan ?? review.nextMonthPlan}
        onChange={(event) => setPlan(event.currentTarget.value)}
        readOnly={!editable}
        autosize
        minRows={4}
        maxRows={12}
        data-testid="review-plan"
      />
      <Switch
        label={t('reviews.editor.includeFees')}
        checked={review.includeFees}
        disabled={!editable || update.isPending}
        onChange={(event) => void toggleFees(event.currentTarget.checked)}
        data-testid="review-include-fees"
      />
      <Group justify="space-between">
        <Group gap="sm">
          {editable && (
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} loading={update.isPending} disabled={!dirty} data-testid="review-save">
              {t('reviews.editor.save')}
            </Button>
          )}
          {review.status === 'draft' && (
            <Button variant="light" leftSection={<IconCircleCheck size={16} />} onClick={() => void move('reviewed')} disabled={dirty} loading={setStatus.isPending} data-testid="review-mark-reviewed">
              {t('reviews.editor.markReviewed')}
            </Button>
          )}
          {review.status === 'reviewed' && (
            <>
              <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => void move('draft')} loading={setStatus.isPending} data-testid="review-back-to-draft">
                {t('reviews.editor.backToDraft')}
              </Button>
              <Button color="teal" leftSection={<IconSend size={16} />} onClick={() => void move('sent')} loading={setStatus.isPending} data-testid="review-mark-sent">
                {t('reviews.editor.markSent')}
              </Button>
            </>
          )}
        </Group>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={() => void download('pdf')} loading={exporter.isPending && exporter.variables?.format === 'pdf'} data-testid="review-export-pdf">
            {t('reviews.editor.exportPdf')}
          </Button>
          <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void download('xlsx')} loading={exporter.isPending && exporter.variables?.format === 'xlsx'} data-testid="review-export-xlsx">
            {t('reviews.editor.exportXlsx')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
