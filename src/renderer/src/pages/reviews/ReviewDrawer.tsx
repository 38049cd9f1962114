import { Drawer, Group, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureInput } from '@shared/api/contract';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorState } from '../../components/ErrorState';
import { useReview } from '../../hooks/use-reviews';
import { ReviewEditor } from './ReviewEditor';
import { ReviewExportHistory } from './ReviewExportHistory';
import { ReviewPreview } from './ReviewPreview';
import { ReviewStatusBadge } from './ReviewStatusBadge';
import { formatReviewMonth } from './review-months';

type ReviewKey = ProcedureInput<'reviews.get'>;

/** One client's review: edit the texts and status, preview the report as it will print, see what was exported. */
export function ReviewDrawer({ reviewKey, onClose }: { reviewKey: ReviewKey | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const review = useReview(reviewKey);
  return (
    <Drawer
      opened={reviewKey !== null}
      onClose={onClose}
      position="right"
      size="min(960px, 92vw)"
      title={
        review.data && (
          <Group gap="sm">
            <Text fw={600}>{t('reviews.drawerTitle', { client: review.data.clientName, month: formatReviewMonth(review.data.month, i18n.language) })}</Text>
            <ReviewStatusBadge status={review.data.status} />
          </Group>
        )
      }
      closeButtonProps={{ 'aria-label': t('reviews.close') }}
      data-testid="review-drawer"
    >
      {review.isPending && reviewKey && <CenteredLoader />}
      {review.error && <ErrorState error={review.error} onRetry={() => void review.refetch()} />}
      {review.data && reviewKey && (
        <Tabs defaultValue="edit" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="edit" data-testid="review-tab-edit">{t('reviews.tabs.edit')}</Tabs.Tab>
            <Tabs.Tab value="preview" data-testid="review-tab-preview">{t('reviews.tabs.preview')}</Tabs.Tab>
            <Tabs.Tab value="history" data-testid="review-tab-history">{t('reviews.tabs.history')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="edit">
            <ReviewEditor review={review.data} />
          </Tabs.Panel>
          <Tabs.Panel value="preview">
            <ReviewPreview reviewKey={reviewKey} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <ReviewExportHistory reviewKey={reviewKey} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Drawer>
  );
}
