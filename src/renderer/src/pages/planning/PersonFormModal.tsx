import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLANNING_ROLES, type PlanningRole } from '@shared/domain/planning';
import { toAppError } from '../../errors/to-app-error';
import { notifySuccess } from '../../errors/notify-error';
import { useCreatePerson, useUpdatePerson } from '../../hooks/use-planning';

export interface EditedPerson {
  id: number;
  name: string;
  role: PlanningRole;
}

/**
 * Adds a person of the agency (a name and a role; nobody logs in) who can own targets, or
 * renames one / changes their role when `person` is given. Mount it anew for each person (key).
 */
export function PersonFormModal({ person, onClose }: { person: EditedPerson | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const [name, setName] = useState(person?.name ?? '');
  const [role, setRole] = useState<PlanningRole>(person?.role ?? 'account_manager');
  const [error, setError] = useState<string | null>(null);
  const onError = (failure: unknown) => setError(toAppError(failure).details?.issues?.[0]?.message ?? toAppError(failure).message);
  const submit = () => {
    if (person) {
      update.mutate(
        { id: person.id, name, role },
        {
          onSuccess: (saved) => {
            notifySuccess(t('planning.people.updated', { name: saved.name }));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { name, role },
        {
          onSuccess: (saved) => {
            notifySuccess(t('planning.people.added', { name: saved.name }));
            onClose();
          },
          onError,
        },
      );
    }
  };
  return (
    <Modal opened onClose={onClose} title={t(person ? 'planning.people.editTitle' : 'planning.people.add')}>
      <Stack>
        <TextInput label={t('planning.people.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} required data-autofocus data-testid="person-name" />
        <Select
          label={t('planning.people.role')}
          data={PLANNING_ROLES.map((value) => ({ value, label: t(`planning.roles.${value}`) }))}
          value={role}
          onChange={(value) => value && setRole(value as PlanningRole)}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending || update.isPending} disabled={name.trim() === ''} data-testid="person-save">
            {t(person ? 'planning.people.saveChanges' : 'planning.people.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
