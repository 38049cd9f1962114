import { Badge, type MantineColor } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconCircleCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StoreStatus } from '@shared/domain/stores';

const STATUS_LOOK: Record<StoreStatus, { color: MantineColor; icon: typeof IconCircleCheck }> = {
  active: { color: 'teal', icon: IconCircleCheck },
  at_risk: { color: 'orange', icon: IconAlertTriangle },
  suspended: { color: 'red', icon: IconLock },
  closed: { color: 'gray', icon: IconBan },
};

/** Text and icon carry the status; colour only reinforces it. */
export function StoreStatusBadge({ status }: { status: StoreStatus }) {
  const { t } = useTranslation();
  const { color, icon: StatusIcon } = STATUS_LOOK[status];
  return (
    <Badge miw="max-content" color={color} variant="light" leftSection={<StatusIcon size={12} />}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}
