import { Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconEye } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '@shared/api/column-mapping-schemas';
import { saveMappingInputSchema } from '@shared/api/import-schemas';
import { METRIC_CATALOG } from '@shared/metrics/metric-catalog';
import { notifySuccess } from '../../../errors/notify-error';
import { showServerError } from '../../../forms/apply-issues';
import { useSaveMapping } from '../../../hooks/use-imports';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { metricOptions } from '../../../metrics/metric-options';
import {
  REQUIRED_ROLES,
  mappingFromForm,
  metricColumnCandidates,
  rolesFor,
  type ColumnRole,
  type MappingFormErrors,
  type MappingFormValues,
} from './mapping-form-values';

interface MappingEditorProps {
  header: readonly string[];
  initial: MappingFormValues;
  previewing: boolean;
  onPreview: (mapping: ColumnMapping) => void;
  /** After a preset is saved: preview the file with it, by name. */
  onSaved: (name: string) => void;
}

/** Which header column is the store, the date, the metric and its value; long or wide layout. */
export function MappingEditor({ header, initial, previewing, onPreview, onSaved }: MappingEditorProps) {
  const { t } = useTranslation();
  const { language } = useUiLanguage();
  const [values, setValues] = useState<MappingFormValues>(initial);
  const [errors, setErrors] = useState<MappingFormErrors>({});
  const [presetName, setPresetName] = useState('');
  const [presetError, setPresetError] = useState<string | undefined>();
  const save = useSaveMapping();

  const columnOptions = useMemo(() => [...new Set(header.filter((cell) => cell.trim() !== ''))], [header]);
  const metricData = useMemo(() => metricOptions(METRIC_CATALOG, language, (group) => t(`metricGroups.${group}`)), [language, t]);
  const roles = rolesFor(values);
  const candidates = values.kind === 'wide' ? metricColumnCandidates(values, header) : [];

  const update = (patch: Partial<MappingFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const setColumn = (role: ColumnRole, column: string | null) => update({ columns: { ...values.columns, [role]: column } });
  const setMetricColumn = (column: string, key: string | null) => update({ metricColumns: { ...values.metricColumns, [column]: key } });

  const build = (): ColumnMapping | null => {
    const built = mappingFromForm(values, header);
    if (built.ok) return built.mapping;
    setErrors(built.errors);
    return null;
  };

  const savePreset = async () => {
    const mapping = build();
    if (!mapping) return;
    const name = saveMappingInputSchema.shape.name.safeParse(presetName);
    if (!name.success) {
      setPresetError(t(presetName.trim() === '' ? 'errors.issues.required' : 'imports.mapping.presetNameInvalid'));
      return;
    }
    try {
      await save.mutateAsync({ name: name.data, mapping });
      notifySuccess(t('imports.mapping.notify.saved', { name: name.data }));
      onSaved(name.data);
    } catch (error) {
      showServerError<{ name: string }>(error, ['name'], t, (fieldErrors) => setPresetError(fieldErrors.name));
    }
  };

  const errorFor = (field: keyof MappingFormErrors) => {
    const code = errors[field];
    return code ? t(`imports.mapping.errors.${code}`) : undefined;
  };

  return (
    <Paper withBorder radius="md" p="lg" data-testid="mapping-editor">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('imports.mapping.intro')}
        </Text>
        <Group gap="xl" align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('imports.mapping.kind')}
            </Text>
            <SegmentedControl
              value={values.kind}
              onChange={(kind) => update({ kind: kind === 'wide' ? 'wide' : 'long' })}
              data={[
                { value: 'long', label: t('imports.mapping.kinds.long') },
                { value: 'wide', label: t('imports.mapping.kinds.wide') },
              ]}
              data-testid="mapping-kind"
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('imports.mapping.window')}
            </Text>
            <SegmentedControl
              value={values.windowMode}
              onChange={(mode) => update({ windowMode: mode === 'range' ? 'range' : 'date' })}
              data={[
                { value: 'date', label: t('imports.mapping.windowModes.date') },
                { value: 'range', label: t('imports.mapping.windowModes.range') },
              ]}
              data-testid="mapping-window"
            />
          </Stack>
        </Group>

        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          {roles.map((role) => (
            <Select
              key={role}
              label={t(`imports.mapping.roles.${role}`)}
              description={t(`imports.mapping.roleHints.${role}`)}
              placeholder={t(REQUIRED_ROLES.has(role) ? 'imports.mapping.columnPlaceholder' : 'imports.mapping.optionalPlaceholder')}
              withAsterisk={REQUIRED_ROLES.has(role)}
              clearable={!REQUIRED_ROLES.has(role)}
              searchable
              data={columnOptions}
              value={values.columns[role]}
              onChange={(column) => setColumn(role, column)}
              error={errorFor(role)}
              nothingFoundMessage={t('common.nothingFound')}
              data-testid={`mapping-${role}`}
            />
          ))}
        </SimpleGrid>

        {values.kind === 'wide' && (
          <Stack gap="xs">
            <div>
              <Text size="sm" fw={500}>
                {t('imports.mapping.metricColumns')}
              </Text>
              <Text size="xs" c={errors.metricColumns ? 'red' : 'dimmed'}>
                {errorFor('metricColumns') ?? t('imports.mapping.metricColumnsHint')}
              </Text>
            </div>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
              {candidates.map((column) => (
                <Select
                  key={column}
                  label={column}
                  placeholder={t('imports.mapping.metricPlaceholder')}
                  searchable
                  clearable
                  data={metricData}
                  value={values.metricColumns[column] ?? null}
                  onChange={(key) => setMetricColumn(column, key)}
                  nothingFoundMessage={t('common.nothingFound')}
                  maxDropdownHeight={300}
                  data-testid="mapping-metric-column"
                  data-column={column}
                />
              ))}
            </SimpleGrid>
          </Stack>
        )}

        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Select
            label={t('imports.mapping.dateOrder')}
            data={(['mdy', 'dmy'] as const).map((order) => ({ value: order, label: t(`imports.mapping.dateOrders.${order}`) }))}
            value={values.dateOrder}
            onChange={(order) => update({ dateOrder: order === 'dmy' ? 'dmy' : 'mdy' })}
            allowDeselect={false}
            data-testid="mapping-date-order"
          />
          <Select
            label={t('imports.mapping.decimal')}
            data={(['auto', 'dot', 'comma'] as const).map((mark) => ({ value: mark, label: t(`imports.mapping.decimals.${mark}`) }))}
            value={values.decimal}
            onChange={(mark) => update({ decimal: mark === 'dot' || mark === 'comma' ? mark : 'auto' })}
            allowDeselect={false}
            data-testid="mapping-decimal"
          />
        </SimpleGrid>

        <Group justify="space-between" align="flex-end" gap="md">
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('imports.mapping.presetName')}
              placeholder={t('imports.mapping.presetPlaceholder')}
              value={presetName}
              onChange={(event) => {
                setPresetName(event.currentTarget.value);
                setPresetError(undefined);
              }}
              error={presetError}
              w={240}
              data-testid="mapping-preset-name"
            />
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => void savePreset()}
              loading={save.isPending}
              mb={presetError ? 22 : 0}
              data-testid="mapping-save-preset"
            >
              {t('imports.mapping.savePreset')}
            </Button>
          </Group>
          <Button
            leftSection={<IconEye size={16} />}
            onClick={() => {
              const mapping = build();
              if (mapping) onPreview(mapping);
            }}
            loading={previewing}
            data-testid="mapping-preview"
          >
            {t('imports.form.previewAgain')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
