import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionProvider, CredentialName } from '@shared/api/credential-schemas';
import { notifySuccess } from '../../../errors/notify-error';
import { showServerError } from '../../../forms/apply-issues';
import { useSetCredential } from '../../../hooks/use-connections';

interface SecretForm {
  secret: string;
  rotationReminderOn: string;
}
const FIELDS = ['secret', 'rotationReminderOn'] as const;

/** Writes one secret to the keychain. The field starts empty: a stored secret is never read back. */
export function SecretModal({ storeId, provider, name, replacing, onClose }: { storeId: number; provider: ConnectionProvider; name: CredentialName; replacing: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetCredential();
  const [form, setForm] = useState<SecretForm>({ secret: '', rotationReminderOn: '' });
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const submit = async () => {
    try {
      await save.mutateAsync({ storeId, provider, name, secret: form.secret, rotationReminderOn: form.rotationReminderOn || null });
      notifySuccess(t('connections.secretSaved'));
      onClose();
    } catch (failure) {
      showServerError<SecretForm>(failure, FIELDS, t, setErrors);
    }
  };
  const title = t(replacing ? 'connections.replaceTitle' : 'connections.setTitle', { name: t(`connections.names.${name}`) });
  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('connections.keychainNote')}
        </Text>
        <PasswordInput
          data-autofocus
          label={t(`connections.names.${name}`)}
          value={form.secret}
          autoComplete="off"
          onChange={(event) => setForm({ ...form, secret: event.currentTarget.value })}
          error={errors.secret}
          data-testid="secret-input"
        />
        <TextInput type="date" label={t('connections.reminder')} value={form.rotationReminderOn} onChange={(event) => setForm({ ...form, rotationReminderOn: event.currentTarget.value })} error={errors.rotationReminderOn} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={save.isPending} disabled={form.secret.trim() === ''} data-testid="secret-save">
            {t('connections.saveSecret')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
