import { ActionBar, Anchor, Button, Modal, Text } from '@mantine/core';
import { IconCircleCheck, IconClockPause, IconEye, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAlertAction } from '@shared/api/alert-schemas';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifySuccess } from '../../errors/notify-error';
import { toAppError } from '../../errors/to-app-error';
import { useBulkAlertAction } from '../../hooks/use-alerts';
import { formatDay } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { AssignForm } from './AssignForm';
import { SnoozeForm } from './SnoozeForm';
import { describeBulkError } from './describe-alert-error';

type BulkDialog = 'assign' | 'snooze' | 'resolve' | null;

interface AlertBulkBarProps {
  selectedIds: readonly number[];
  /** Alerts matching the filters, when more than those selected: offers to select them all. */
  matchingCount: number;
  onSelectAllMatching: () => void;
  onClearSelection: () => void;
  /** Hidden while the alert drawer is open, which covers the same corner of the screen. */
  hidden: boolean;
  assignees: readonly string[];
  nameOf: (id: number) => string | undefined;
  /** A refused bulk action, described for the user; null clears the last one. */
  onError: (message: string | null) => void;
}

/** Acknowledge, assign, snooze or resolve every selected alert at once, all or nothing. */
export function AlertBulkBar(props: AlertBulkBarProps) {
  const { selectedIds, matchingCount, assignees, nameOf, onError } = props;
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const bulk = useBulkAlertAction();
  const [dialog, setDialog] = useState<BulkDialog>(null);
  const count = selectedIds.length;

  const fail = (error: unknown) => {
    setDialog(null);
    onError(describeBulkError(t, toAppError(error), selectedIds, nameOf));
  };

  /** Rejects on failure so a form in a dialog can show a field's error under the field. */
  const apply = async (action: BulkAlertAction['action'], done: string) => {
    onError(null);
    await bulk.mutateAsync({ ids: [...selectedIds], action });
    notifySuccess(done);
    setDialog(null);
    props.onClearSelection();
  };
  const run = (action: BulkAlertAction['action'], done: string) => apply(action, done).catch(fail);

  return (
    <>
      <ActionBar
        opened={count > 0 && !props.hidden && dialog === null}
        aria-label={t('alerts.bulk.label')}
        shadow="lg"
        radius="lg"
        p="xs"
        data-testid="alerts-bulk-bar"
      >
        <Text size="sm" fw={600} px="xs" style={{ whiteSpace: 'nowrap' }} data-testid="alerts-selected-count">
          {t('alerts.bulk.selected', { count })}
        </Text>
        {matchingCount > count && (
          <Anchor component="button" type="button" size="sm" onClick={props.onSelectAllMatching} style={{ whiteSpace: 'nowrap' }} data-testid="alerts-select-matching">
            {t('alerts.bulk.selectAllMatching', { count: matchingCount })}
          </Anchor>
        )}
        <ActionBar.Divider />
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconEye size={16} />}
          loading={bulk.isPending && bulk.variables.action.type === 'acknowledge'}
          onClick={() => void run({ type: 'acknowledge' }, t('alerts.notify.acknowledged', { count }))}
          data-testid="bulk-acknowledge"
        >
          {t('alerts.actions.acknowledge')}
        </Button>
        <Button size="xs" variant="subtle" leftSection={<IconUserCheck size={16} />} onClick={() => setDialog('assign')} data-testid="bulk-assign">
          {t('alerts.actions.assign')}
        </Button>
        <Button size="xs" variant="subtle" leftSection={<IconClockPause size={16} />} onClick={() => setDialog('snooze')} data-testid="bulk-snooze">
          {t('alerts.actions.snooze')}
        </Button>
        <Button size="xs" variant="subtle" color="teal" leftSection={<IconCircleCheck size={16} />} onClick={() => setDialog('resolve')} data-testid="bulk-resolve">
          {t('alerts.actions.resolve')}
        </Button>
        <ActionBar.Divider />
        <Button size="xs" variant="subtle" color="gray" onClick={props.onClearSelection} data-testid="alerts-clear-selection">
          {t('alerts.bulk.clearSelection')}
        </Button>
      </ActionBar>

      <Modal
        opened={dialog === 'assign'}
        onClose={() => setDialog(null)}
        title={t('alerts.bulk.assignTitle', { count })}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <AssignForm
          assignees={assignees}
          submitLabel={t('alerts.actions.assign')}
          loading={bulk.isPending}
          onSubmit={(assignee) => apply({ type: 'assign', assignee }, t('alerts.notify.assigned', { count, name: assignee }))}
          onFailure={fail}
          testId="bulk-assign-form"
        />
      </Modal>
      <Modal
        opened={dialog === 'snooze'}
        onClose={() => setDialog(null)}
        title={t('alerts.bulk.snoozeTitle', { count })}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <SnoozeForm
          submitLabel={t('alerts.actions.snooze')}
          loading={bulk.isPending}
          onSubmit={({ until, note }) => apply({ type: 'snooze', until, note }, t('alerts.notify.snoozed', { count, date: formatDay(until, language) }))}
          onFailure={fail}
          testId="bulk-snooze-form"
        />
      </Modal>
      <ConfirmModal
        opened={dialog === 'resolve'}
        title={t('alerts.resolveConfirm.title', { count })}
        body={t('alerts.resolveConfirm.body')}
        confirmLabel={t('alerts.actions.resolve')}
        loading={bulk.isPending}
        onConfirm={() => void run({ type: 'resolve' }, t('alerts.notify.resolved', { count }))}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
