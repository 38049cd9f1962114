import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaItem } from '@shared/api/sla-schemas';
import { notifyError, notifySuccess } from '../../errors/notify-error';
import { useAnswerClientRequest, usePauseSlaItem, useResumeSlaItem, useWaiveSlaItem } from '../../hooks/use-sla';

type ReasonAction = 'pause' | 'waive';

/** Pause/resume, waive (both with a reason) and, for a client request, answer it. */
export function SlaItemActions({ item }: { item: SlaItem }) {
  const { t } = useTranslation();
  const pause = usePauseSlaItem();
  const resume = useResumeSlaItem();
  const waive = useWaiveSlaItem();
  const answer = useAnswerClientRequest();
  const [asking, setAsking] = useState<ReasonAction | null>(null);
  const [reason, setReason] = useState('');

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifySuccess(done);
      setAsking(null);
      setReason('');
    } catch (error) {
      notifyError(t, error);
    }
  };

  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {item.kind === 'client_request' && item.status === 'open' && (
        <Button size="compact-xs" variant="light" onClick={() => void run(() => answer.mutateAsync({ id: item.id }), t('sla.notify.answered'))}>
          {t('sla.actions.answer')}
        </Button>
      )}
      {item.status === 'paused' ? (
        <Button size="compact-xs" variant="default" onClick={() => void run(() => resume.mutateAsync({ id: item.id }), t('sla.notify.resumed'))}>
          {t('sla.actions.resume')}
        </Button>
      ) : (
        <Button size="compact-xs" variant="default" onClick={() => setAsking('pause')}>
          {t('sla.actions.pause')}
        </Button>
      )}
      <Button size="compact-xs" variant="default" onClick={() => setAsking('waive')}>
        {t('sla.actions.waive')}
      </Button>
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={asking ? t(`sla.actions.${asking}`) : ''} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (asking === 'pause') void run(() => pause.mutateAsync({ id: item.id, reason }), t('sla.notify.paused'));
            if (asking === 'waive') void run(() => waive.mutateAsync({ id: item.id, reason }), t('sla.notify.waived'));
          }}
        >
          <Stack>
            <TextInput label={t('sla.reason')} withAsterisk value={reason} onChange={(event) => setReason(event.currentTarget.value)} data-autofocus />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={reason.trim() === ''} loading={pause.isPending || waive.isPending}>
                {asking ? t(`sla.actions.${asking}`) : ''}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
