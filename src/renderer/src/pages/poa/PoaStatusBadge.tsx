import { Badge, type MantineColor } from '@mantine/core';
import { IconCircleCheck, IconEye, IconHelpCircle, IconPencil, IconSend, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PoaStatus } from '@shared/domain/poa';

const STATUS_LOOK: Record<PoaStatus, { color: MantineColor; icon: typeof IconPencil }> = {
  draft: { color: 'gray', icon: IconPencil },
  internal_review: { color: 'violet', icon: IconEye },
  submitted: { color: 'blue', icon: IconSend },
  accepted: { color: 'teal', icon: IconCircleCheck },
  more_info_requested: { color: 'orange', icon: IconHelpCircle },
  rejected: { color: 'red', icon: IconX },
};

/** Text and icon carry the status; colour only reinforces it. */
export function PoaStatusBadge({ status }: { status: PoaStatus }) {
  const { t } = useTranslation();
  const { color, icon: StatusIcon } = STATUS_LOOK[status];
  return (
    <Badge miw="max-content" color={color} variant="light" tt="none" leftSection={<StatusIcon size={12} />} data-status={status}>
      {t(`poa.statuses.${status}`)}
    </Badge>
  );
}
