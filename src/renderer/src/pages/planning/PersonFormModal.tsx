import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLANNING_ROLES, type PlanningRole } from '@shared/domain/planning';
import { toAppError } from '../../errors/to-app-error';
import { notifySuccess } from '../../errors/notify-error';
import { useCreatePerson } from '../../hooks/use-planning';

/** Adds a person of the agency (a name and a role; nobody logs in) who can own targets. */
export function PersonFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePerson();
  const [name, setName] = useState('');
  const [role, setRole] = useState<PlanningRole>('account_manager');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setName('');
    setError(null);
    onClose();
  };
  const submit = () =>
    create.mutate(
      { name, role },
      {
        onSuccess: (person) => {
          notifySuccess(t('planning.people.added', { name: person.name }));
          close();
        },
        onError: (failure) => setError(toAppError(failure).details?.issues?.[0]?.message ?? toAppError(failure).message),
      },
    );
  return (
    <Modal opened={opened} onClose={close} title={t('planning.people.add')}>
      <Stack>
        <TextInput label={t('planning.people.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} required data-autofocus />
        <Select
          label={t('planning.people.role')}
          data={PLANNING_ROLES.map((value) => ({ value, label: t(`planning.roles.${value}`) }))}
          value={role}
          onChange={(value) => value && setRole(value as PlanningRole)}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending} disabled={name.trim() === ''}>
            {t('planning.people.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
