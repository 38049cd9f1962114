import { Button, Group, Stack, Textarea } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../errors/notify-error';
import { toAppError } from '../../errors/to-app-error';
import { useCommentAlert } from '../../hooks/use-alerts';
import { describeAlertIssue, issueForField } from './describe-alert-error';
import { notifyAlertError } from './notify-alert-error';

/** A note on the alert's history: what was done, who was contacted. Resolved alerts take comments too. */
export function CommentForm({ alertId }: { alertId: number }) {
  const { t } = useTranslation();
  const comment = useCommentAlert();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = async () => {
    if (!note.trim()) return setError(t('errors.issues.required'));
    try {
      await comment.mutateAsync({ id: alertId, note: note.trim() });
      setNote('');
      notifySuccess(t('alerts.notify.commented'));
    } catch (failure) {
      const issue = issueForField(toAppError(failure), 'note');
      if (issue) setError(describeAlertIssue(t, issue));
      else notifyAlertError(t, failure);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="comment-form"
    >
      <Stack gap="sm">
        <Textarea
          label={t('alerts.actions.comment')}
          placeholder={t('alerts.actions.commentPlaceholder')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          data-testid="comment-input"
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" leftSection={<IconMessagePlus size={16} />} loading={comment.isPending} data-testid="comment-submit">
            {t('alerts.actions.addComment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
