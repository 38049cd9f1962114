import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/api/planning-schemas';
import { notifySuccess } from '../../errors/notify-error';
import { toAppError } from '../../errors/to-app-error';
import { useCopyTemplate } from '../../hooks/use-planning';
import { templateName } from './template-name';

/** Agencies edit a template by copying it under a name of their own. */
/** Mounted per template (keyed by it), so the name starts from that template each time. */
export function CopyTemplateModal({ template, onClose }: { template: Template; onClose: () => void }) {
  const { t } = useTranslation();
  const copy = useCopyTemplate();
  const [name, setName] = useState(() => t('planning.templates.copyOf', { name: templateName(t, template) }));
  const [error, setError] = useState<string | null>(null);
  const submit = () =>
    copy.mutate(
      { fromKey: template.key, name },
      {
        onSuccess: (created) => {
          notifySuccess(t('planning.templates.copied', { name: created.name }));
          onClose();
        },
        onError: (failure) => setError(toAppError(failure).details?.issues?.[0]?.message ?? toAppError(failure).message),
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('planning.templates.copyTitle')}>
      <Stack>
        <TextInput label={t('planning.templates.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} required data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={copy.isPending} disabled={name.trim() === ''}>
            {t('planning.templates.copy')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
