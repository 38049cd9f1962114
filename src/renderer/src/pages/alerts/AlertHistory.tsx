import { Text, Timeline } from '@mantine/core';
import { IconBellRinging, IconCircleCheck, IconClockPause, IconEye, IconMessage, IconPoint, IconUserCheck, type Icon } from '@tabler/icons-react';
import type { ParseKeys } from 'i18next';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AlertEvent } from '@shared/api/alert-schemas';
import { formatDateTime, formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const ACTION_ICON: Record<string, Icon> = {
  opened: IconBellRinging,
  acknowledged: IconEye,
  assigned: IconUserCheck,
  snoozed: IconClockPause,
  commented: IconMessage,
  resolved: IconCircleCheck,
  auto_resolved: IconCircleCheck,
};

/** What happened to an alert, newest first, with who did it and their note. */
export function AlertHistory({ events }: { events: readonly AlertEvent[] }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const actionLabel = (action: string) => {
    const key = `alerts.history.actions.${action}`;
    // Actions are recorded by the backend, so an unknown one shows as recorded.
    return i18n.exists(key) ? String(t(key as ParseKeys)) : action;
  };
  // A snooze without a note records its day (YYYY-MM-DD); show it as the language writes dates.
  const noteText = (event: AlertEvent) => (event.note && ISO_DAY.test(event.note) ? formatDay(event.note, language) : event.note);
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('alerts.history.empty')}
      </Text>
    );
  }
  return (
    <Timeline active={events.length} bulletSize={24} lineWidth={2} data-testid="alert-history">
      {events.map((event) => {
        const ActionIcon = ACTION_ICON[event.action] ?? IconPoint;
        return (
          <Timeline.Item key={event.id} bullet={<ActionIcon size={13} />} title={actionLabel(event.action)} data-action={event.action}>
            {event.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="alert-history-note">
                {noteText(event)}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={2}>
              {t('alerts.history.by', { actor: event.actor === 'system' ? t('alerts.history.system') : event.actor, date: formatDateTime(event.at, language) })}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
