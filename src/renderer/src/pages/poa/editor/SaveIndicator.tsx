import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconLock, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../../errors/to-app-error';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import type { AutosaveState } from './autosave-controller';
import { saveRefusal } from './use-poa-editor';

/** "14:32" today, "2 Nov, 14:32" another day: when the text was last saved. */
export function formatSavedAt(iso: string, language: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameDay = date.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(language, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function Line({ icon, color, children, state }: { icon: ReactNode; color?: string; children: ReactNode; state: string }) {
  return (
    <Group gap={6} wrap="nowrap" data-testid="poa-save-state" data-state={state}>
      {icon}
      <Text size="sm" c={color}>
        {children}
      </Text>
    </Group>
  );
}

/** Where the autosave stands, announced politely to screen readers as it changes. */
interface SaveIndicatorProps {
  state: AutosaveState;
  readOnly: boolean;
  /** Text typed here that the backend does not hold. */
  unsaved: boolean;
  onRetry: () => void;
}

export function SaveIndicator({ state, readOnly, unsaved, onRetry }: SaveIndicatorProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const time = formatSavedAt(state.savedAt, language);
  let line: ReactNode;
  if (state.kind === 'stopped' && saveRefusal(state.error) === 'stale_revision') {
    line = (
      <Line state="conflict" icon={<IconAlertCircle size={16} color="var(--mantine-color-red-filled)" />} color="red">
        {t('poa.save.notSaved', { reason: t('poa.save.staleRevision') })}
      </Line>
    );
  } else if ((readOnly || state.kind === 'stopped') && unsaved) {
    // The case was submitted elsewhere while this editor still had changes to save.
    line = (
      <Line state="lost" icon={<IconAlertCircle size={16} color="var(--mantine-color-red-filled)" />} color="red">
        {t('poa.save.notSaved', { reason: t('poa.save.locked') })}
      </Line>
    );
  } else if (readOnly || state.kind === 'stopped') {
    line = (
      <Line state="read-only" icon={<IconLock size={16} />} color="dimmed">
        {t('poa.save.readOnly', { time })}
      </Line>
    );
  } else if (state.kind === 'saving') {
    line = (
      <Line state="saving" icon={<Loader size={14} />}>
        {t('poa.save.saving')}
      </Line>
    );
  } else if (state.kind === 'pending') {
    line = (
      <Line state="pending" icon={<IconPencil size={16} />} color="dimmed">
        {t('poa.save.pending')}
      </Line>
    );
  } else if (state.kind === 'failed') {
    line = (
      <Group gap="xs" wrap="nowrap">
        <Line state="failed" icon={<IconAlertCircle size={16} color="var(--mantine-color-red-filled)" />} color="red">
          {t('poa.save.notSaved', { reason: t(`errors.codes.${toAppError(state.error).code}`) })}
        </Line>
        <Button size="compact-xs" variant="light" color="red" onClick={onRetry} data-testid="poa-save-retry">
          {t('common.retry')}
        </Button>
      </Group>
    );
  } else {
    line = (
      <Line state="saved" icon={<IconCircleCheck size={16} color="var(--mantine-color-teal-filled)" />}>
        {t('poa.save.saved', { time })}
      </Line>
    );
  }
  return (
    <div aria-live="polite" style={{ minWidth: 0 }}>
      {line}
    </div>
  );
}
