import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Template } from '@shared/api/planning-schemas';
import type { PlanningRole } from '@shared/domain/planning';
import { notifySuccess } from '../../errors/notify-error';
import { toAppError } from '../../errors/to-app-error';
import { useApplyTemplate, usePeople } from '../../hooks/use-planning';
import { useStores } from '../../hooks/use-stores';
import { localToday } from '../../i18n/format-values';
import { periodOptions } from './planning-format';
import { templateName } from './template-name';

/** Turns a template into a store's targets for a period, each role's targets given to a person. */
export function ApplyTemplateModal({ template, onClose }: { template: Template; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const stores = useStores();
  const people = usePeople();
  const apply = useApplyTemplate();
  const options = periodOptions(localToday());
  const [storeId, setStoreId] = useState<string | null>(null);
  const [period, setPeriod] = useState<string>(options[1]!);
  const [owners, setOwners] = useState<Partial<Record<PlanningRole, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const roles = [...new Set(template.items.map((item) => item.role))];
  // Stores of the template's platform first: the others can take only its cross-platform metrics.
  const storeOptions = [...(stores.data ?? [])]
    .sort((a, b) => Number(b.platform === template.platform) - Number(a.platform === template.platform))
    .map((s) => ({ value: String(s.id), label: `${s.displayName} · ${t(`stages.${s.stage}`)}` }));
  const submit = () =>
    storeId &&
    apply.mutate(
      { templateKey: template.key, storeId: Number(storeId), period, owners: Object.fromEntries(Object.entries(owners).map(([role, id]) => [role, Number(id)])) },
      {
        onSuccess: (result) => {
          notifySuccess(t('planning.templates.applied', { count: result.targets.length, skipped: result.skipped.length }));
          onClose();
          navigate(`/planning/targets?store=${storeId}&period=${period}`);
        },
        onError: (failure) => setError(toAppError(failure).message),
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('planning.templates.applyTitle', { name: templateName(t, template) })} size="lg">
      <Stack>
        <Select label={t('planning.targets.store')} data={storeOptions} value={storeId} onChange={setStoreId} searchable required data-testid="apply-store" />
        <Select label={t('planning.targets.period')} data={options} value={period} onChange={(value) => value && setPeriod(value)} allowDeselect={false} data-testid="apply-period" />
        <Text size="sm" fw={600}>
          {t('planning.templates.owners')}
        </Text>
        {roles.map((role) => (
          <Select
            key={role}
            label={t(`planning.roles.${role}`)}
            placeholder={t('planning.targets.unowned')}
            data={(people.data ?? []).filter((p) => p.role === role).map((p) => ({ value: String(p.id), label: p.name }))}
            value={owners[role] ?? null}
            onChange={(value) => setOwners((current) => ({ ...current, [role]: value ?? undefined }))}
            clearable
            data-testid={`apply-owner-${role}`}
          />
        ))}
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={apply.isPending} disabled={!storeId} data-testid="apply-submit">
            {t('planning.templates.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
