import { Badge, type MantineColor } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconCircleCheck, IconClockPause, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MetricStatus } from '@shared/api/kpi-schemas';

/** Colour and icon of each metric status; text always goes with them (never colour alone). */
export const METRIC_STATUS_LOOK: Record<MetricStatus, { color: MantineColor; icon: typeof IconCircleCheck }> = {
  ok: { color: 'teal', icon: IconCircleCheck },
  watch: { color: 'yellow', icon: IconAlertTriangle },
  breach: { color: 'red', icon: IconAlertOctagon },
  stale: { color: 'gray', icon: IconClockPause },
  no_data: { color: 'gray', icon: IconMinus },
};

export function MetricStatusBadge({ status, size = 'sm' }: { status: MetricStatus; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const { color, icon: StatusIcon } = METRIC_STATUS_LOOK[status];
  return (
    <Badge miw="max-content" size={size} color={color} variant="light" leftSection={<StatusIcon size={12} />}>
      {t(`metricStatuses.${status}`)}
    </Badge>
  );
}
