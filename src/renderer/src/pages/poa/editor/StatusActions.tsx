import { Button, Group, Text, type MantineColor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoaCase } from '@shared/api/poa-schemas';
import type { PoaStatus } from '@shared/domain/poa';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../errors/notify-error';
import { poaKeys, useTransitionPoaCase } from '../../../hooks/use-poa';
import { needsConfirmation, savesFirst, transitionAction, type ConfirmedAction, type TransitionAction } from './transition-actions';

const ACTION_LOOK: Record<TransitionAction, { color: MantineColor; variant: 'filled' | 'light' | 'default' }> = {
  review: { color: 'violet', variant: 'light' },
  return: { color: 'gray', variant: 'default' },
  submit: { color: 'blue', variant: 'filled' },
  accept: { color: 'teal', variant: 'light' },
  moreInfo: { color: 'orange', variant: 'light' },
  reject: { color: 'red', variant: 'light' },
  reopen: { color: 'blue', variant: 'light' },
};

interface StatusActionsProps {
  poaCase: PoaCase;
  /** Open warnings, mentioned before a submission. */
  warningCount: number;
  /** Saves the text first; false when it could not be saved. */
  flush: () => Promise<boolean>;
}

/** The moves the case allows from its status, each a button; the ones that cannot be undone ask first. */
export function StatusActions({ poaCase, warningCount, flush }: StatusActionsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const transition = useTransitionPoaCase();
  const [confirming, setConfirming] = useState<PoaStatus | null>(null);
  // Kept after closing, so the modal keeps its words during its closing transition.
  const [shown, setShown] = useState<ConfirmedAction | null>(null);

  const run = async (to: PoaStatus) => {
    const action = transitionAction(poaCase.status, to);
    if (savesFirst(action) && poaCase.editable && !(await flush())) {
      notifications.show({ color: 'red', title: t('poa.transitions.notSavedTitle'), message: t('poa.transitions.notSavedBody'), autoClose: 8000 });
      return;
    }
    try {
      const detail = await transition.mutateAsync({ id: poaCase.id, to });
      queryClient.setQueryData(poaKeys.detail(poaCase.id), detail);
      notifySuccess(t(`poa.transitions.${action}.done`, { revision: detail.case.revision }));
    } catch (error) {
      notifyError(t, error);
    } finally {
      setConfirming(null);
    }
  };

  const ask = (to: PoaStatus) => {
    const action = transitionAction(poaCase.status, to);
    if (!needsConfirmation(action)) return void run(to);
    setShown(action);
    setConfirming(to);
  };

  const shownAction = shown;
  if (poaCase.nextStatuses.length === 0) return null;
  return (
    <>
      <Group gap="xs" data-testid="poa-transitions">
        <Text size="sm" c="dimmed">
          {t(poaCase.status === 'submitted' ? 'poa.transitions.platformAnswer' : 'poa.transitions.nextStep')}
        </Text>
        {poaCase.nextStatuses.map((to) => {
          const action = transitionAction(poaCase.status, to);
          const look = ACTION_LOOK[action];
          return (
            <Button
              key={to}
              size="sm"
              color={look.color}
              variant={look.variant}
              loading={transition.isPending && transition.variables?.to === to}
              onClick={() => ask(to)}
              data-testid={`poa-transition-${to}`}
            >
              {t(`poa.transitions.${action}.button`, { next: poaCase.revision + 1 })}
            </Button>
          );
        })}
      </Group>
      <ConfirmModal
        opened={confirming !== null}
        title={shownAction ? t(`poa.transitions.${shownAction}.confirmTitle`, { revision: poaCase.revision, next: poaCase.revision + 1 }) : ''}
        body={
          shownAction
            ? [
                t(`poa.transitions.${shownAction}.confirmBody`, { revision: poaCase.revision, next: poaCase.revision + 1 }),
                shownAction === 'submit' && warningCount > 0 ? t('poa.transitions.openWarnings', { count: warningCount }) : '',
              ]
                .filter(Boolean)
                .join(' ')
            : ''
        }
        confirmLabel={shownAction ? t(`poa.transitions.${shownAction}.button`, { next: poaCase.revision + 1 }) : ''}
        confirmColor={shownAction ? ACTION_LOOK[shownAction].color : 'blue'}
        loading={transition.isPending}
        onConfirm={() => confirming && void run(confirming)}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
