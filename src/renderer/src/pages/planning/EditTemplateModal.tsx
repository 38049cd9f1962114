import { ActionIcon, Alert, Button, Group, Modal, NumberInput, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template, TemplateItem } from '@shared/api/planning-schemas';
import { PLANNING_ROLES, TEMPLATE_BASES, type PlanningRole, type TemplateBasis } from '@shared/domain/planning';
import { findMetric } from '@shared/metrics/metric-catalog';
import { notifySuccess } from '../../errors/notify-error';
import { toAppError } from '../../errors/to-app-error';
import { useUpdateTemplate } from '../../hooks/use-planning';
import { useMetricLabel } from '../../metrics/use-metric-label';

/** Rates are typed in percent, as people say them; the template keeps fractions. */
function shown(item: TemplateItem): number {
  return item.basis === 'absolute' && findMetric(item.metricKey)?.unit === 'ratio' ? Math.round(item.targetValue * 1_000_000) / 10_000 : item.targetValue;
}

function stored(item: TemplateItem, typed: number): number {
  return item.basis === 'absolute' && findMetric(item.metricKey)?.unit === 'ratio' ? typed / 100 : typed;
}

/** Edits an agency's own template (mounted per template): each target's value, basis, role and weight, or its removal. */
export function EditTemplateModal({ template, onClose }: { template: Template; onClose: () => void }) {
  const { t } = useTranslation();
  const metricLabel = useMetricLabel();
  const update = useUpdateTemplate();
  const [name, setName] = useState(template.name);
  const [items, setItems] = useState<TemplateItem[]>(template.items);
  const [error, setError] = useState<string | null>(null);
  const change = (index: number, patch: Partial<TemplateItem>) => setItems((current) => current.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const submit = () =>
    update.mutate(
      { id: template.id!, name, items },
      {
        onSuccess: (saved) => {
          notifySuccess(t('planning.templates.saved', { name: saved.name }));
          onClose();
        },
        onError: (failure) => setError(toAppError(failure).message),
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('planning.templates.editTitle')} size="xl">
      <Stack>
        <TextInput label={t('planning.templates.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
        <Table verticalSpacing="xs" horizontalSpacing="xs" data-testid="template-items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('planning.targets.metric')}</Table.Th>
              <Table.Th>{t('planning.templates.basis')}</Table.Th>
              <Table.Th>{t('planning.targets.target')}</Table.Th>
              <Table.Th>{t('planning.people.role')}</Table.Th>
              <Table.Th>{t('planning.targets.weight')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => {
              const label = metricLabel(item.metricKey);
              const percent = item.basis === 'absolute' && findMetric(item.metricKey)?.unit === 'ratio';
              return (
                <Table.Tr key={item.metricKey} data-item={item.metricKey}>
                  <Table.Td>
                    <Text size="sm">{label}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      w={150}
                      aria-label={t('planning.templates.basisOf', { name: label })}
                      data={TEMPLATE_BASES.map((value) => ({ value, label: t(`planning.templates.bases.${value}`) }))}
                      value={item.basis}
                      onChange={(value) => value && change(index, { basis: value as TemplateBasis })}
                      allowDeselect={false}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      w={110}
                      aria-label={t('planning.templates.valueOf', { name: label })}
                      value={shown(item)}
                      onChange={(value) => typeof value === 'number' && change(index, { targetValue: stored(item, value) })}
                      suffix={percent ? ' %' : undefined}
                      prefix={item.basis === 'previous_period' ? '×' : undefined}
                      decimalScale={4}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      w={160}
                      aria-label={t('planning.templates.roleOf', { name: label })}
                      data={PLANNING_ROLES.map((value) => ({ value, label: t(`planning.roles.${value}`) }))}
                      value={item.role}
                      onChange={(value) => value && change(index, { role: value as PlanningRole })}
                      allowDeselect={false}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      w={70}
                      min={0.1}
                      max={100}
                      aria-label={t('planning.templates.weightOf', { name: label })}
                      value={item.weight}
                      onChange={(value) => typeof value === 'number' && change(index, { weight: value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('planning.templates.removeItem', { name: label })}
                      disabled={items.length === 1}
                      onClick={() => setItems((current) => current.filter((_, i) => i !== index))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={update.isPending} disabled={name.trim() === ''} data-testid="template-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
