import { Autocomplete, Button, Group } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { describeAlertIssue, issueForField } from './describe-alert-error';

interface AssignFormProps {
  assignees: readonly string[];
  initial?: string | null;
  submitLabel: string;
  loading: boolean;
  onSubmit: (assignee: string) => Promise<unknown>;
  onFailure: (error: unknown) => void;
  testId: string;
}

/** A name typed or picked from the people already known (account managers, assignees). */
export function AssignForm({ assignees, initial, submitLabel, loading, onSubmit, onFailure, testId }: AssignFormProps) {
  const { t } = useTranslation();
  const [assignee, setAssignee] = useState(initial ?? '');
  const [error, setError] = useState<string | undefined>();

  const submit = async () => {
    const name = assignee.trim();
    if (!name) return setError(t('errors.issues.required'));
    try {
      await onSubmit(name);
    } catch (failure) {
      const appError = toAppError(failure);
      const issue = issueForField(appError, 'assignee');
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
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Autocomplete
          aria-label={t('alerts.actions.assignee')}
          placeholder={t('alerts.actions.assigneePlaceholder')}
          data={[...assignees]}
          value={assignee}
          onChange={(value) => {
            setAssignee(value);
            setError(undefined);
          }}
          error={error}
          maxLength={120}
          style={{ flex: 1 }}
          data-testid="assignee-input"
        />
        <Button type="submit" variant="light" leftSection={<IconUserCheck size={16} />} loading={loading} data-testid="assign-submit">
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
