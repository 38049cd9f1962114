import { Badge, type MantineColor } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AlertSeverity } from '@shared/api/alert-schemas';

export const SEVERITY_LOOK: Record<AlertSeverity, { color: MantineColor; icon: typeof IconInfoCircle }> = {
  critical: { color: 'red', icon: IconAlertOctagon },
  warning: { color: 'orange', icon: IconAlertTriangle },
  info: { color: 'blue', icon: IconInfoCircle },
};

export function AlertSeverityBadge({ severity }: { severity: AlertSeverity }) {
  const { t } = useTranslation();
  const { color, icon: SeverityIcon } = SEVERITY_LOOK[severity];
  return (
    <Badge miw="max-content" color={color} variant="light" leftSection={<SeverityIcon size={12} />}>
      {t(`alertSeverities.${severity}`)}
    </Badge>
  );
}
