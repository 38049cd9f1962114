import { Badge, type MantineColor } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent, IconCircleCheck, IconCircleX, IconMinus, IconTrendingUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '@shared/domain/planning';

const LOOK: Record<TargetStatus, { color: MantineColor; icon: typeof IconCircleCheck }> = {
  achieved: { color: 'teal', icon: IconCircleCheck },
  on_track: { color: 'blue', icon: IconTrendingUp },
  behind: { color: 'yellow', icon: IconAlertTriangle },
  missed: { color: 'red', icon: IconCircleX },
  upcoming: { color: 'gray', icon: IconCalendarEvent },
  no_data: { color: 'gray', icon: IconMinus },
};

export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  const { color, icon: StatusIcon } = LOOK[status];
  return (
    <Badge miw="max-content" size="sm" color={color} variant="light" leftSection={<StatusIcon size={12} />}>
      {t(`planning.targetStatuses.${status}`)}
    </Badge>
  );
}
