import { Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconCircleCheck, IconClockPause, IconEye, IconMessage, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '@shared/api/alert-schemas';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifySuccess } from '../../errors/notify-error';
import { useAcknowledgeAlert, useAssignAlert, useResolveAlert, useSnoozeAlert } from '../../hooks/use-alerts';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { AssignForm } from './AssignForm';
import { CommentForm } from './CommentForm';
import { SnoozeForm } from './SnoozeForm';
import { notifyAlertError } from './notify-alert-error';

/** Acknowledge, resolve, assign, snooze and comment on one alert. */
export function AlertActionsPanel({ alert, assignees }: { alert: Alert; assignees: readonly string[] }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const acknowledge = useAcknowledgeAlert();
  const assign = useAssignAlert();
  const snooze = useSnoozeAlert();
  const resolve = useResolveAlert();
  const [confirmingResolve, setConfirmingResolve] = useState(false);
  const fail = (error: unknown) => notifyAlertError(t, error);
  const resolved = alert.resolvedAt !== null;

  const runAcknowledge = async () => {
    try {
      await acknowledge.mutateAsync({ id: alert.id });
      notifySuccess(t('alerts.notify.acknowledged', { count: 1 }));
    } catch (error) {
      fail(error);
    }
  };

  const runResolve = async () => {
    try {
      await resolve.mutateAsync({ id: alert.id });
      notifySuccess(t('alerts.notify.resolved', { count: 1 }));
      setConfirmingResolve(false);
    } catch (error) {
      setConfirmingResolve(false);
      fail(error);
    }
  };

  if (resolved) {
    return (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('alerts.drawer.resolvedHint')}
        </Text>
        <CommentForm alertId={alert.id} />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group gap="sm">
        {alert.status === 'open' && (
          <Button leftSection={<IconEye size={16} />} loading={acknowledge.isPending} onClick={() => void runAcknowledge()} data-testid="alert-acknowledge">
            {t('alerts.actions.acknowledge')}
          </Button>
        )}
        <Button variant="light" color="teal" leftSection={<IconCircleCheck size={16} />} onClick={() => setConfirmingResolve(true)} data-testid="alert-resolve">
          {t('alerts.actions.resolve')}
        </Button>
      </Group>
      <Tabs defaultValue="comment" variant="outline" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="comment" leftSection={<IconMessage size={14} />} data-testid="alert-tab-comment">
            {t('alerts.actions.comment')}
          </Tabs.Tab>
          <Tabs.Tab value="assign" leftSection={<IconUserCheck size={14} />} data-testid="alert-tab-assign">
            {t('alerts.actions.assign')}
          </Tabs.Tab>
          <Tabs.Tab value="snooze" leftSection={<IconClockPause size={14} />} data-testid="alert-tab-snooze">
            {t('alerts.actions.snooze')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="comment" pt="md">
          <CommentForm alertId={alert.id} />
        </Tabs.Panel>
        <Tabs.Panel value="assign" pt="md">
          <AssignForm
            assignees={assignees}
            initial={alert.assignee}
            submitLabel={t('alerts.actions.assign')}
            loading={assign.isPending}
            onSubmit={async (assignee) => {
              await assign.mutateAsync({ id: alert.id, assignee });
              notifySuccess(t('alerts.notify.assigned', { count: 1, name: assignee }));
            }}
            onFailure={fail}
            testId="assign-form"
          />
        </Tabs.Panel>
        <Tabs.Panel value="snooze" pt="md">
          <SnoozeForm
            submitLabel={t('alerts.actions.snooze')}
            loading={snooze.isPending}
            onSubmit={async ({ until, note }) => {
              await snooze.mutateAsync({ id: alert.id, until, note });
              notifySuccess(t('alerts.notify.snoozed', { count: 1, date: formatDay(until, language) }));
            }}
            onFailure={fail}
            testId="snooze-form"
          />
        </Tabs.Panel>
      </Tabs>
      <ConfirmModal
        opened={confirmingResolve}
        title={t('alerts.resolveConfirm.title', { count: 1 })}
        body={t('alerts.resolveConfirm.body')}
        confirmLabel={t('alerts.actions.resolve')}
        loading={resolve.isPending}
        onConfirm={() => void runResolve()}
        onClose={() => setConfirmingResolve(false)}
      />
    </Stack>
  );
}
