import { Badge, type MantineColor } from '@mantine/core';
import { IconBellRinging, IconCircleCheck, IconClockPause, IconEye, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '@shared/api/alert-schemas';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { alertState, type AlertState } from './alert-state';

const STATE_LOOK: Record<AlertState, { color: MantineColor; icon: Icon }> = {
  // Severity already says how urgent an alert is; its state stays quiet until someone acts.
  open: { color: 'gray', icon: IconBellRinging },
  acknowledged: { color: 'indigo', icon: IconEye },
  snoozed: { color: 'violet', icon: IconClockPause },
  resolved: { color: 'teal', icon: IconCircleCheck },
};

/** Open, acknowledged, snoozed until a day, or resolved: text and icon, colour only reinforces. */
export function AlertStateBadge({ alert, today }: { alert: Alert; today: string }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const state = alertState(alert, today);
  const { color, icon: StateIcon } = STATE_LOOK[state];
  const label =
    state === 'snoozed' && alert.snoozedUntil
      ? t('alerts.states.snoozedUntil', { date: formatDay(alert.snoozedUntil, language) })
      : t(`alerts.states.${state}`);
  return (
    <Badge miw="max-content" color={color} variant="light" tt="none" leftSection={<StateIcon size={12} />} data-state={state} data-testid="alert-state">
      {label}
    </Badge>
  );
}
