import { Box, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureInput } from '@shared/api/contract';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { useReviewPreview } from '../../hooks/use-reviews';

/**
 * The report's HTML as the PDF engine will print it, in a sandboxed frame: no script may run in
 * it (the report has none) and it can reach nothing outside itself.
 */
export function ReviewPreview({ reviewKey }: { reviewKey: ProcedureInput<'reviews.preview'> }) {
  const { t } = useTranslation();
  const preview = useReviewPreview(reviewKey);
  if (preview.isPending) return <CenteredLoader />;
  if (preview.error) return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  return (
    <Paper withBorder radius="md" p={0} bg="white">
      <Box component="iframe" title={t('reviews.previewTitle')} srcDoc={preview.data.html} sandbox="" w="100%" h="70vh" bd={0} display="block" data-testid="review-preview" />
    </Paper>
  );
}
