import { Button, Checkbox, Group, Modal, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveColumnSetInputSchema, type ColumnSet } from '@shared/api/column-set-schemas';
import { zodFieldIssues } from '@shared/api/zod-field-issues';
import { METRIC_CATALOG } from '@shared/metrics/metric-catalog';
import { METRIC_GROUPS } from '@shared/metrics/metric-definition';
import { notifySuccess } from '../../errors/notify-error';
import { fieldErrorsFromIssues, showServerError } from '../../forms/apply-issues';
import { useSaveColumnSet } from '../../hooks/use-column-sets';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { catalogOrder } from '../../metrics/metric-options';
import { searchable } from './matrix-rows';

/** What the editor starts from: the set being edited (with its id), or columns to start a new one. */
export interface ColumnSetDraft {
  id: number | null;
  name: string;
  metricKeys: readonly string[];
}

interface ColumnSetModalProps {
  draft: ColumnSetDraft | null;
  opened: boolean;
  onClose: () => void;
  /** Use the picked metrics in this view only (kept in the URL, not saved). */
  onApply: (metricKeys: string[]) => void;
  onSaved: (set: ColumnSet) => void;
}

export function ColumnSetModal({ draft, opened, onClose, onApply, onSaved }: ColumnSetModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(draft?.id ? 'matrix.columnSets.modal.editTitle' : 'matrix.columnSets.modal.createTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {draft && <ColumnSetForm key={`${draft.id ?? 'new'}:${draft.metricKeys.join()}`} draft={draft} onApply={onApply} onSaved={onSaved} onCancel={onClose} />}
    </Modal>
  );
}

type FormErrors = { name?: string; metricKeys?: string };

function ColumnSetForm({ draft, onApply, onSaved, onCancel }: { draft: ColumnSetDraft; onApply: (keys: string[]) => void; onSaved: (set: ColumnSet) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const save = useSaveColumnSet();
  const [name, setName] = useState(draft.name);
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(draft.metricKeys));
  const [filter, setFilter] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});

  const groups = useMemo(() => {
    const needle = searchable(filter.trim());
    return METRIC_GROUPS.map((group) => ({
      group,
      metrics: METRIC_CATALOG.filter(
        (metric) => metric.group === group && (needle === '' || searchable(`${metric.labels[language]} ${metric.key}`).includes(needle)),
      ),
    })).filter(({ metrics }) => metrics.length > 0);
  }, [filter, language]);

  const toggle = (keys: readonly string[], on: boolean) => {
    setPicked((current) => {
      const next = new Set(current);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });
    setErrors((current) => ({ ...current, metricKeys: undefined }));
  };

  // Catalog order, so a set reads like every other list of metrics in the app.
  const metricKeys = () => [...picked].sort((a, b) => catalogOrder(a) - catalogOrder(b));
  const hasMetrics = (): boolean => {
    if (picked.size > 0) return true;
    setErrors((current) => ({ ...current, metricKeys: t('matrix.columnSets.modal.metricsRequired') }));
    return false;
  };

  const submit = async () => {
    const input = { ...(draft.id ? { id: draft.id } : {}), name, metricKeys: metricKeys() };
    const parsed = saveColumnSetInputSchema.safeParse(input);
    if (!hasMetrics() || !parsed.success) {
      if (!parsed.success) setErrors((current) => ({ ...current, ...fieldErrorsFromIssues<{ name: string }>(zodFieldIssues(parsed.error, input), ['name'], t).errors }));
      return;
    }
    try {
      const set = await save.mutateAsync(parsed.data);
      notifySuccess(t('matrix.columnSets.notify.saved', { name: set.name }));
      onSaved(set);
    } catch (error) {
      showServerError<FormErrors>(error, ['name', 'metricKeys'], t, setErrors);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('matrix.columnSets.modal.name')}
          description={t('matrix.columnSets.modal.nameHint')}
          placeholder={t('matrix.columnSets.modal.namePlaceholder')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setErrors((current) => ({ ...current, name: undefined }));
          }}
          error={errors.name}
          data-testid="column-set-name"
          data-autofocus
        />
        <Group justify="space-between" align="flex-end">
          <TextInput
            label={t('matrix.columnSets.modal.metrics')}
            placeholder={t('matrix.columnSets.modal.filter')}
            leftSection={<IconSearch size={16} />}
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
            w={280}
            data-testid="column-set-filter"
          />
          <Text size="sm" fw={500} data-testid="column-set-count">
            {t('matrix.columnSets.modal.selected', { count: picked.size })}
          </Text>
        </Group>
        <ScrollArea.Autosize mah={380} type="auto" offsetScrollbars>
          <Stack gap="lg">
            {groups.map(({ group, metrics }) => {
              const keys = metrics.map((metric) => metric.key);
              const count = keys.filter((key) => picked.has(key)).length;
              return (
                <Stack key={group} gap="xs">
                  <Checkbox
                    label={<Text fw={600} size="sm">{t(`metricGroups.${group}`)}</Text>}
                    checked={count === keys.length}
                    indeterminate={count > 0 && count < keys.length}
                    onChange={(event) => toggle(keys, event.currentTarget.checked)}
                    data-testid={`column-set-group-${group}`}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6} pl="lg">
                    {metrics.map((metric) => (
                      <Checkbox
                        key={metric.key}
                        size="sm"
                        label={metric.labels[language]}
                        checked={picked.has(metric.key)}
                        onChange={(event) => toggle([metric.key], event.currentTarget.checked)}
                        data-testid={`column-set-metric-${metric.key}`}
                      />
                    ))}
                  </SimpleGrid>
                </Stack>
              );
            })}
            {groups.length === 0 && <Text size="sm" c="dimmed">{t('common.nothingFound')}</Text>}
          </Stack>
        </ScrollArea.Autosize>
        {errors.metricKeys && (
          <Text size="sm" c="red.8" role="alert">
            {errors.metricKeys}
          </Text>
        )}
        <Group justify="space-between" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Group gap="sm">
            <Button variant="light" onClick={() => hasMetrics() && onApply(metricKeys())} data-testid="column-set-apply">
              {t('matrix.columnSets.modal.apply')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="column-set-save">
              {t(draft.id ? 'matrix.columnSets.modal.saveChanges' : 'matrix.columnSets.modal.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
