import { Button, Group, Stack, TextInput } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar, IconClockPause } from '@tabler/icons-react';
import 'dayjs/locale/ja';
import 'dayjs/locale/zh-cn';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/languages';
import { toAppError } from '../../errors/to-app-error';
import { localToday } from '../../i18n/format-values';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { dayAfter } from './alert-state';
import { describeAlertIssue, issueForField } from './describe-alert-error';

const DAYJS_LOCALE: Record<Language, string> = { 'en-US': 'en', 'zh-CN': 'zh-cn', 'ja-JP': 'ja' };

export interface SnoozeValues {
  until: string;
  note?: string;
}

interface SnoozeFormProps {
  submitLabel: string;
  loading: boolean;
  /** Rejects with the backend's error: a refused day shows under the date, anything else goes to `onFailure`. */
  onSubmit: (values: SnoozeValues) => Promise<unknown>;
  onFailure: (error: unknown) => void;
  testId: string;
}

/** Hide alerts until a day after today; the API refuses any other day, and so does this form. */
export function SnoozeForm({ submitLabel, loading, onSubmit, onFailure, testId }: SnoozeFormProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const [until, setUntil] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const firstDay = dayAfter(localToday());

  const submit = async () => {
    if (!until) return setError(t('alerts.errors.untilRequired'));
    if (until < firstDay) return setError(t('alerts.errors.not_future'));
    try {
      await onSubmit({ until, note: note.trim() || undefined });
      setUntil(null);
      setNote('');
    } catch (failure) {
      const appError = toAppError(failure);
      const issue = issueForField(appError, 'until');
      if (issue) setError(describeAlertIssue(t, issue));
      else onFailure(appError);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid={testId}
    >
      <Stack gap="sm">
        <DatesProvider settings={{ locale: DAYJS_LOCALE[language] }}>
          <DatePickerInput
            label={t('alerts.actions.snoozeUntil')}
            description={t('alerts.actions.snoozeUntilHint')}
            placeholder={t('alerts.actions.snoozeUntilPlaceholder')}
            withAsterisk
            leftSection={<IconCalendar size={16} />}
            minDate={firstDay}
            valueFormat={t('alerts.actions.dateFormat')}
            value={until}
            onChange={(value) => {
              setUntil(value);
              setError(undefined);
            }}
            error={error}
            data-testid="snooze-until"
          />
        </DatesProvider>
        <TextInput
          label={t('alerts.actions.note')}
          placeholder={t('alerts.actions.snoozeNotePlaceholder')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={2000}
          data-testid="snooze-note"
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" leftSection={<IconClockPause size={16} />} loading={loading} data-testid="snooze-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
