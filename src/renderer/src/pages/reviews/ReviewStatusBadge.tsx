import { Badge, type MantineColor } from '@mantine/core';
import { IconCircleCheck, IconPencil, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '@shared/api/review-schemas';

const LOOK: Record<ReviewStatus, { color: MantineColor; icon: typeof IconPencil }> = {
  draft: { color: 'gray', icon: IconPencil },
  reviewed: { color: 'blue', icon: IconCircleCheck },
  sent: { color: 'teal', icon: IconSend },
};

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  const { color, icon: StatusIcon } = LOOK[status];
  return (
    <Badge miw="max-content" color={color} variant="light" leftSection={<StatusIcon size={12} />} data-testid={`review-status-${status}`}>
      {t(`reviews.statuses.${status}`)}
    </Badge>
  );
}
